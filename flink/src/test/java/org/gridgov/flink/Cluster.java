package org.gridgov.flink;

import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The MiniCluster of the tests: 4 slots, so that jobs run at parallelism 1, 2 and 4. */
final class Cluster {
  private Cluster() {}

  static MiniClusterExtension extension() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(4)
            .build());
  }

  /** An environment at a parallelism, with generic (Kryo) types refused: every type has ours. */
  static StreamExecutionEnvironment env(int parallelism) {
    // Flink 2 has no ExecutionConfig.disableGenericTypes(): the option is pipeline.generic-types
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.configure(conf);
    env.setParallelism(parallelism);
    if (!env.getConfig().getSerializerConfig().hasGenericTypesDisabled()) {
      throw new IllegalStateException("generic types are not disabled");
    }
    return env;
  }

  static <T> List<T> collect(DataStream<T> stream) throws Exception {
    List<T> out = new java.util.ArrayList<>();
    org.apache.flink.util.CloseableIterator<T> it = stream.executeAndCollect();
    try {
      it.forEachRemaining(out::add);
    } finally {
      it.close();
    }
    return out;
  }
}
