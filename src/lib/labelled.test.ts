import { describe, expect, it } from 'vitest';
import { labelled } from './labelled.ts';

describe('labelled', () => {
  it('lists the values in the order their labels are written, and keeps the labels', () => {
    const { values, labels } = labelled({ not_signed: 'Not signed', 'gift-aid': 'Gift Aid' });
    expect(values).toEqual(['not_signed', 'gift-aid']);
    expect(labels['gift-aid']).toBe('Gift Aid');
  });
});
