import { describe, expect, it } from 'vitest';
import { LagMeter, replicaPosition } from './lag.ts';

const at = (index: number, offset: number) => ({ index, offset });

describe('replicaPosition', () => {
  it("reads the replica's position from Litestream's metrics", () => {
    const metrics = [
      '# TYPE litestream_replica_wal_index gauge',
      'litestream_replica_wal_index{db="/data/campaign.db",name="file"} 2',
      'litestream_replica_wal_offset{db="/data/campaign.db",name="file"} 313152',
    ].join('\n');
    expect(replicaPosition(metrics)).toEqual(at(2, 313152));
  });

  it('has none before the first upload', () => {
    expect(replicaPosition('litestream_db_size{db="/data/campaign.db"} 0')).toBeNull();
  });
});

describe('LagMeter', () => {
  it('knows nothing before the first reading', () => {
    expect(new LagMeter().lagSeconds(0)).toBeNull();
  });

  it('is 0 when the replica holds everything', () => {
    const meter = new LagMeter();
    meter.record({ database: at(0, 4152), replica: at(0, 4152) }, 1_000);
    expect(meter.lagSeconds(1_000)).toBe(0);
    expect(meter.behindBytes()).toBe(0);
  });

  it('counts from the oldest write the replica lacks, not from the last time both agreed', () => {
    const meter = new LagMeter();
    meter.record({ database: at(0, 100), replica: at(0, 100) }, 0);
    meter.record({ database: at(0, 200), replica: at(0, 100) }, 1_000);
    meter.record({ database: at(0, 300), replica: at(0, 200) }, 2_000);
    // Under steady writes the replica is always a little behind, but only by one reading.
    expect(meter.lagSeconds(2_500)).toBe(0.5);
    expect(meter.behindBytes()).toBe(100);
  });

  it('grows while Litestream cannot be read, and recovers when it can', () => {
    const meter = new LagMeter();
    meter.record({ database: at(0, 100), replica: at(0, 100) }, 0);
    meter.missed(1_000);
    meter.missed(2_000);
    expect(meter.lagSeconds(31_000)).toBe(30);
    meter.record({ database: at(0, 100), replica: at(0, 100) }, 32_000);
    expect(meter.lagSeconds(32_000)).toBe(0);
  });

  it('starts again when Litestream starts a new generation', () => {
    const meter = new LagMeter();
    meter.record({ database: at(3, 9000), replica: at(3, 100) }, 0);
    meter.record({ database: at(0, 4152), replica: at(0, 4152) }, 1_000);
    expect(meter.lagSeconds(1_000)).toBe(0);
  });
});
