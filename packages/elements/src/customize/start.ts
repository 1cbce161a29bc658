/**
 * What the customizer does when a page starts with configured items in the tray or a link to
 * one (see its declaration's `wanted`): it registers, so they resolve like any product.
 */
import { globalHandle } from '@shortlist/core';
import { customizeFeature } from '@shortlist/core/customize';

export function start(): void {
  globalHandle().$instance.get()?.use(customizeFeature);
}
