package eu.youthpass.certificate.bulk.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Properties;

/**
 * Splits the step into partitions that each take every n-th item of the run (item number modulo n): making a PDF
 * is CPU work, so one partition per core keeps every core busy.
 */
@Dependent
@Named("certificateRunPartitions")
public class CertificateRunPartitions implements PartitionMapper {

    @Inject
    @BatchProperty(name = JobParameters.PARTITIONS)
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int count = Math.max(1, Integer.parseInt(partitions));
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", String.valueOf(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(properties);
        return plan;
    }
}
