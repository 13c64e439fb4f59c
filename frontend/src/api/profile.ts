import * as ProfileApp from '../../wailsjs/go/app/ProfileApp'
import { profile } from '../../wailsjs/go/models'
import { call } from './errors'
import type { DemoSummary, Profile } from './types'

export const profileApi = {
  get: (): Promise<Profile> => call(() => ProfileApp.Get()),
  save: (p: Profile): Promise<Profile> => call(() => ProfileApp.Save(profile.Profile.createFrom(p))),
  logoDataURL: (): Promise<string> => call(() => ProfileApp.LogoDataURL()),
  /** Opens the file dialog and stores the chosen image; false when cancelled. */
  chooseLogo: (): Promise<boolean> => call(() => ProfileApp.ChooseLogo()),
  removeLogo: (): Promise<void> => call(() => ProfileApp.RemoveLogo()),
  loadDemo: (): Promise<DemoSummary> => call(() => ProfileApp.LoadDemo()),
}
