import { plural } from '../../plural.ts';
import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { join as english } from '../en/join.ts';

export const join: Translation<typeof english> = {
  page: {
    title: "Ymuno â'r ymgyrch",
    description:
      "Ychwanegwch eich enw at yr ymgyrch i bob cyngor yng Nghymru a Lloegr lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.",
    lead: "Ychwanegwch eich enw i ofyn i bob cyngor yng Nghymru a Lloegr lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd. Po fwyaf o bobl mewn ardal sy'n addo, anoddaf yw hi i gyngor droi ei gefn.",
  },
  form: {
    firstName: 'Enw cyntaf',
    lastName: 'Cyfenw',
    email: 'Cyfeiriad e-bost',
    emailHint: 'Byddwn yn anfon dolen atoch i gadarnhau eich addewid.',
    postcode: 'Cod post (dewisol)',
    postcodeHint: 'Er mwyn i ni eich cyfrif yn ardal eich cyngor.',
    inYourLanguage:
      "Byddwn yn ysgrifennu atoch yn Gymraeg. Byddwn yn cofnodi mai Cymraeg yw eich dewis iaith, a bydd pob e-bost a gewch gennym yn Gymraeg. Os yw'n well gennych Saesneg, ymunwch ar y dudalen Saesneg.",
    button: 'Ychwanegu fy enw',
    privacyNote:
      'Rydym yn defnyddio eich manylion ar gyfer yr ymgyrch hon yn unig, ni fyddwn byth yn eu gwerthu, a gallwch eu llwytho i lawr neu eu dileu unrhyw bryd.',
  },
  checkInbox: {
    title: 'Gwiriwch eich mewnflwch',
    description: 'Rydym wedi anfon e-bost atoch gyda dolen i gadarnhau eich addewid.',
    lead: "Rydym wedi anfon e-bost i'r cyfeiriad a roesoch. Agorwch y ddolen ynddo a phwyswch y botwm Cadarnhau i gyfrif eich addewid.",
    detail:
      "Mae'r ddolen yn gweithio am 7 diwrnod. Os nad oes dim wedi cyrraedd ymhen ychydig funudau, edrychwch yn eich ffolder sbam neu sothach. Os ydych chi eisoes wedi addo gyda'r cyfeiriad hwn, bydd yr e-bost yn dweud hynny.",
    stories: 'Darllenwch straeon pobl ifanc tra byddwch yn aros',
  },
  confirm: {
    title: 'Cadarnhewch eich addewid',
    description: "Cadarnhewch eich addewid i gadw plant sy'n rhedeg i ffwrdd yn ddiogel.",
    lead: 'Pwyswch y botwm i ychwanegu eich enw at yr ymgyrch.',
    expired:
      "Mae'r ddolen hon wedi dod i ben. Mae dolenni'n gweithio am 7 diwrnod: addewch eto a byddwn yn anfon un newydd.",
    invalid:
      "Nid yw'r ddolen hon yn gywir. Gwiriwch eich bod wedi copïo'r ddolen gyfan o'r e-bost, neu addewch eto.",
    again: 'Addo eto',
    button: 'Cadarnhau fy addewid',
  },
  thanks: {
    title: 'Diolch',
    description: "Diolch am ymuno â'r ymgyrch i gadw plant sy'n rhedeg i ffwrdd yn ddiogel.",
    heading: "Diolch: mae eich addewid wedi'i gadarnhau",
    lead: "Mae eich enw bellach yn cyfrif tuag at yr ymgyrch. Mae pob cefnogwr yn ei gwneud hi'n anoddach i gyngor ddweud nad oes neb yn poeni.",
    yourCouncil: 'Eich cyngor:',
    signed: "Mae eich cyngor wedi llofnodi'r siarter.",
    seePromise: 'Gwelwch beth a addawodd',
    and: ', ac',
    thank: "ysgrifennwch i ddiolch i'ch cynghorydd",
    notSigned:
      "Nid yw eich cyngor wedi llofnodi eto. Mae cynghorwyr yn gwrando ar y bobl maen nhw'n eu cynrychioli:",
    writeToYours: 'ysgrifennwch at eich cynghorydd',
    toSign: "i ofyn i'r cyngor lofnodi, a rhannwch",
    councilPage: 'dudalen eich cyngor',
    peopleThere: "gyda phobl sy'n byw yno.",
    next: 'Nesaf,',
    writeToCouncillor: 'ysgrifennwch at eich cynghorydd',
    letterCounts:
      ": mae llythyr gan rywun sy'n byw yn yr ardal yn cyfrif am fwy nag unrhyw beth y gallwn ni ei ddweud.",
    ifYouCan: 'Ac os gallwch chi,',
    give: "rhowch arian i'r ymgyrch",
    onceOrMonthly: ', unwaith neu bob mis.',
    joinedThrough: (count: number) =>
      count === 0
        ? 'Nid oes neb wedi ymuno drwy eich dolenni eto'
        : plural('cy', count, {
            one: 'Mae # person wedi ymuno drwy eich dolenni',
            two: 'Mae # berson wedi ymuno drwy eich dolenni',
            few: 'Mae # pherson wedi ymuno drwy eich dolenni',
            many: 'Mae # pherson wedi ymuno drwy eich dolenni',
            other: 'Mae # o bobl wedi ymuno drwy eich dolenni',
          }),
    shareTitle: "Rydw i wedi ymuno â'r ymgyrch i gadw plant sy'n rhedeg i ffwrdd yn ddiogel",
    shareHeading: 'Rhannwch eich dolen',
    shareCode: (code: string) =>
      `Gofynnwch i ffrindiau a theulu ymuno hefyd. Mae eich dolenni'n gorffen gyda'ch cod eich hun, ${code}, er mwyn i ni allu cyfrif pwy sy'n ymuno drwyddyn nhw. Nid yw'r cod yn dweud dim amdanoch chi, ac nid oes dim yn cael ei olrhain: dim cwcis, dim ond y ddolen.`,
  },
  share: {
    heading: 'Rhannwch hwn',
    email: 'E-bost',
    copyLabel: 'Neu copïwch eich dolen',
    copyButton: "Copïo'r ddolen",
    copied: "Mae'r ddolen wedi'i chopïo. Gludwch hi lle bynnag y mynnwch.",
    notCopied:
      "Ni wnaeth eich porwr ei chopïo: mae'r ddolen wedi'i dewis, yn barod i chi ei chopïo.",
  },
  emails: {
    confirmSubject: "Cadarnhewch eich addewid i gadw plant sy'n rhedeg i ffwrdd yn ddiogel",
    confirmAsk:
      "Diolch am addo helpu i gadw plant sy'n rhedeg i ffwrdd yn ddiogel. Cadarnhewch mai chi a wnaeth hyn:",
    confirmButton: 'Cadarnhau fy addewid',
    confirmIgnore:
      "Mae'r ddolen yn gweithio am 7 diwrnod. Os na wnaethoch chi addo, anwybyddwch yr e-bost hwn ac ni fydd dim yn digwydd.",
    alreadySubject: 'Rydych chi eisoes wedi ymuno',
    alreadyIn:
      "Mae rhywun, chi mae'n debyg, wedi addo eto gyda'r cyfeiriad hwn. Rydych chi eisoes yn gefnogwr wedi'ch cadarnhau, felly does dim byd arall i'w wneud. Diolch.",
    languageNow:
      'Byddwn yn ysgrifennu atoch yn Gymraeg o hyn ymlaen. I newid yn ôl, addewch eto ar y dudalen Saesneg.',
    seeCouncil: 'Gwelwch a yw eich cyngor wedi llofnodi',
  },
};

export const joinTranslation: TranslationRecord = FIRST_DRAFT;

/**
 * The Welsh of each English problem message the pledge form and its pages can show, keyed by the
 * English (src/lib/pledges/schema.ts, src/actions/pledges.ts). The messages every form shares
 * (names, email, too many tries) are in siteProblems.
 */
export const joinProblems: Problems = {
  'Enter a full UK postcode, like SW1A 1AA, or leave it empty':
    'Rhowch god post llawn yn y DU, fel CF10 1EP, neu gadewch y blwch yn wag',
  'That was quick! Please check your details, then press the button again.':
    "Roedd hynny'n gyflym! Gwiriwch eich manylion, yna pwyswch y botwm eto.",
  'We have had a lot of pledges from your connection in the last hour. Please try again later.':
    "Rydym wedi cael llawer o addewidion o'ch cysylltiad chi yn yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen.",
};
