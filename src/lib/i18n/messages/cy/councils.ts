import { plural } from '../../plural.ts';
import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { councils as english } from '../en/councils.ts';

// Numbers take the singular noun in Welsh, mutated after two (dau gyngor) and after three and
// six (tri chyngor, chwe chyngor); "o" and the plural for larger numbers (22 o gynghorau).
const councilsThat = (count: number, what: string) =>
  plural('cy', count, {
    zero: `cyngor ${what}`,
    one: `cyngor ${what}`,
    two: `gyngor ${what}`,
    few: `chyngor ${what}`,
    many: `chyngor ${what}`,
    other: `o gynghorau ${what}`,
  });

export const councils: Translation<typeof english> = {
  statuses: { not_signed: 'Heb lofnodi', pledged: 'Wedi addo llofnodi', signed: 'Wedi llofnodi' },
  events: {
    pledged: 'Addawodd lofnodi',
    signed: 'Llofnododd',
    withdrawn: 'Tynnodd yn ôl',
    corrected: 'Cywirwyd y cofnod',
    signatory: 'Enwyd y llofnodwr',
  },
  steps: { count: 'Cyfrif', think: 'Meddwl', act: 'Gweithredu', prevent: 'Atal' },
  nations: { England: 'Lloegr', Wales: 'Cymru' },
  regions: {
    'North East': 'Gogledd-ddwyrain Lloegr',
    'North West': 'Gogledd-orllewin Lloegr',
    'Yorkshire and The Humber': "Swydd Efrog a'r Humber",
    'East Midlands': 'Dwyrain Canolbarth Lloegr',
    'West Midlands': 'Gorllewin Canolbarth Lloegr',
    'East of England': 'Dwyrain Lloegr',
    London: 'Llundain',
    'South East': 'De-ddwyrain Lloegr',
    'South West': 'De-orllewin Lloegr',
    Wales: 'Cymru',
  },
  types: {
    county: 'sir',
    unitary: 'awdurdod unedol',
    'metropolitan borough': 'bwrdeistref fetropolitan',
    'London borough': 'bwrdeistref yn Llundain',
    'city corporation': 'corfforaeth dinas',
    'Welsh unitary': 'awdurdod unedol yng Nghymru',
  },
  list: {
    title: 'Cynghorau',
    description: (signed: number, total: number) =>
      `Mae ${signed} o'r ${total} cyngor yng Nghymru a Lloegr wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd. Gwelwch ble mae eich cyngor chi arni.`,
    heading: 'Pa gynghorau sydd wedi llofnodi?',
    lead: (signed: number, total: number) =>
      `Mae ${signed} o'r ${total} cyngor sy'n gyfrifol am wasanaethau plant yng Nghymru a Lloegr wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.`,
    progressBefore: 'Gweld ',
    progressLink: "faint o gynghorau sydd wedi llofnodi, a'r cefnogwyr a'r llythyrau, dros amser",
    everyCouncil: 'Pob cyngor',
    numbersHeading: 'Yr ymgyrch mewn rhifau',
    numbersLabel: 'Cynghorau sydd wedi llofnodi, fesul gwlad a rhanbarth',
    numbersCaption: 'Cynghorau fesul gwlad a rhanbarth',
    area: 'Ardal',
    councilsColumn: 'Cynghorau',
    pledgedColumn: 'Wedi addo',
    allAreas: 'Cymru a Lloegr',
    dataBefore: 'Lawrlwythwch hyn fel data agored o ',
    dataLink: 'ein tudalen ddata',
  },
  table: {
    council: 'Cyngor',
    region: 'Rhanbarth',
    type: 'Math',
    status: 'Statws',
    signed: 'Dyddiad llofnodi',
    selfAssessment: 'Hunanasesiad',
    sortedAscending: ', mewn trefn esgynnol; dewiswch i newid y drefn',
    sortedDescending: ', mewn trefn ddisgynnol; dewiswch i newid y drefn',
    selectToSort: ', dewiswch i drefnu',
    filters: 'Cynghorau',
    name: "Enw'r cyngor",
    nation: 'Gwlad',
    any: 'Unrhyw un',
    show: 'Dangos cynghorau',
    clear: 'Clirio',
    showing: (shown: number, total: number) => `Yn dangos ${shown} o'r ${total} cyngor.`,
    all: (total: number) => `Pob un o'r ${total} cyngor.`,
    label: 'Tabl y cynghorau',
    caption: "Y cynghorau a ble maen nhw arni gyda'r siarter",
    noMatch: 'Does dim cyngor yn cyfateb. Rhowch gynnig ar enw byrrach, neu ',
    clearFilters: 'cliriwch yr hidlwyr',
    searchTooLong: (max: number) => `Chwiliwch am enw o ${max} nod neu lai`,
    unknownLayer: (value: string) =>
      `Does gennym ni ddim map o'r enw “${value}”, felly mae'r map yn dangos pwy sydd wedi llofnodi.`,
    unknownChoice: (value: string, _name: string) =>
      `Dydyn ni ddim yn adnabod “${value}”, felly mae'r tabl yn dangos pob un.`,
  },
  map: {
    skip: "Neidio heibio i'r map i'r tabl",
    layersLabel: "Beth mae'r map yn ei ddangos",
    layers: { status: 'Pwy sydd wedi llofnodi', progress: 'Cynnydd yr hunanasesu' },
    panHint: "Sgroliwch y map i'r ochr i weld Cymru a Lloegr i gyd.",
    regionLabel: 'Map y cynghorau',
    title: (count: number) =>
      `Map o'r ${count} cyngor yng Nghymru a Lloegr fesul rhanbarth, un hecsagon i bob cyngor, yn fras lle mae pob un`,
    thumbnailTitle: (signed: number, total: number) =>
      `Map o gynghorau Cymru a Lloegr: mae ${signed} o'r ${total} wedi llofnodi. Agor y map llawn.`,
    cardSelfAssessment: 'Hunanasesiad:',
    cardLink: 'Tudalen y cyngor',
    close: 'Cau',
    cardOpen: 'Agor y dudalen am {name}',
    cardTapAgain: '{name}. Tapiwch eto i agor ei dudalen.',
    key: 'Allwedd',
    statusKey: {
      signed: (count: number) => councilsThat(count, "wedi llofnodi'r siarter"),
      pledged: (count: number) => councilsThat(count, "wedi dweud y byddan nhw'n llofnodi"),
      not_signed: (count: number) => councilsThat(count, 'heb lofnodi eto'),
    },
    bands: [
      'Llai na chwarter yn eu lle',
      'Chwarter i hanner',
      'Hanner i dri chwarter',
      'Tri chwarter neu fwy',
    ],
    noAssessment: 'Dim hunanasesiad',
    progress: (percent: number, inPlace: number, actions: number) =>
      `${percent}% o'r gweithredoedd yn eu lle (${inPlace} o ${actions})`,
    note: "Mae pob hecsagon yn un cyngor, yn agos at ble mae. Mae llinellau trwchus yn dangos y ffin rhwng Cymru a Lloegr a'r arfordir, a llinellau tenau yn dangos rhanbarthau Lloegr; mae 33 bwrdeistref Llundain wedi'u gwasgaru fel bod modd gweld pob un.",
    progressNote:
      " Mae canran yn dangos cyfran gweithredoedd y canllaw cynllunio y mae'r cyngor yn dweud sydd ganddo yn eu lle.",
    selectNote: ' Dewiswch hecsagon i weld y cyngor, yna agorwch ei dudalen.',
  },
  find: {
    title: "Dod o hyd i'ch cyngor",
    description:
      "Dewch o hyd i'ch cyngor drwy'ch cod post, a gweld a yw wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.",
    allCouncils: 'Pob cyngor',
    label: "Dod o hyd i'ch cyngor drwy'ch cod post",
    hint: 'Er enghraifft, CF10 1EP. Dydyn ni ddim yn ei gadw.',
    button: 'Chwilio',
    enterPostcode: 'Rhowch god post',
    notPostcode: 'Rhowch god post llawn yn y DU, fel CF10 1EP',
    unknown: (postcode: string) =>
      `Doedden ni ddim yn gallu dod o hyd i'r cod post ${postcode}. Gwiriwch ef a rhowch gynnig arall arni.`,
    outside: (postcode: string, country: string) =>
      `Mae ${postcode} ${country}. Mae'r siarter ar gyfer cynghorau yng Nghymru a Lloegr.`,
    unavailable:
      "Allwn ni ddim chwilio am godau post ar hyn o bryd. Gallwch ddod o hyd i'ch cyngor drwy ei enw yn lle hynny.",
    outsideHeading: 'Y tu allan i Gymru a Lloegr',
    outsideBefore: (country: string) =>
      `Mae Siarter y Plant sy'n Rhedeg i Ffwrdd yn gofyn i gynghorau yng Nghymru a Lloegr weithredu, felly dydy cynghorau ${country} ddim ar y wefan hon. Gall plant sy'n rhedeg i ffwrdd yno gael help o hyd: mae'r Llinell Gymorth Rhedeg i Ffwrdd ar`,
    outsideChildline: 'a Childline ar',
    outsideAfter: 'am ddim ledled y DU.',
    moreHelp: 'Rhagor o ffyrdd o gael help',
    tooMany:
      'Rydych chi wedi chwilio am lawer o godau post yn y funud ddiwethaf. Arhoswch am ychydig a rhowch gynnig arall arni.',
    searchByName: 'Chwilio yn ôl enw',
    found: (postcode: string, inPlace: string) => `Mae ${postcode} ${inPlace}.`,
    countries: {
      Scotland: 'yn yr Alban',
      'Northern Ireland': 'yng Ngogledd Iwerddon',
      'Channel Islands': 'yn Ynysoedd y Sianel',
      'Isle of Man': 'yn Ynys Manaw',
    },
  },
  page: {
    allCouncils: 'Pob cyngor',
    description: (name: string, status: string) =>
      `${name}: ${status}. Gwelwch ble mae'r cyngor arni gyda Siarter y Plant sy'n Rhedeg i Ffwrdd.`,
    kind: (type: string) =>
      type === 'Welsh unitary' ? 'Awdurdod unedol yng Nghymru' : `Cyngor: ${type}`,
    website: 'Gwefan:',
    signedHeading: "Mae'r cyngor hwn wedi llofnodi'r siarter",
    promised: (name: string) =>
      `Mae ${name} wedi addo cyfrif pob plentyn sy'n rhedeg i ffwrdd, meddwl pam, gweithredu pan fyddan nhw'n dod yn ôl, a gweithio gyda phartneriaid i atal hynny rhag digwydd eto.`,
    signedBy: ' Cafodd ei llofnodi gan ',
    signatoryUnknown: " Chafodd enw'r person a'i llofnododd ddim ei gyhoeddi.",
    certificate: 'Gweld y dystysgrif',
    badgeHeading: 'Bathodyn ar gyfer gwefan y cyngor',
    badgeCode: "Cod i'w gopïo i dudalen we",
    pledgedHeading: "Mae'r cyngor hwn wedi dweud y bydd yn llofnodi",
    notSignedHeading: "Dydy'r cyngor hwn ddim wedi llofnodi eto",
    listenBefore: (inPlace: string) =>
      `Mae cynghorau'n gwrando ar y bobl sy'n byw yn eu hardal. Os ydych chi'n byw ${inPlace}, `,
    writeLink: "ysgrifennwch at y cynghorydd sy'n gyfrifol am wasanaethau plant",
    shareBefore: ". Rhannwch y dudalen hon ag eraill sy'n byw yno, a darllenwch ",
    charterLink: "beth mae'r siarter yn ei ofyn",
    fromCouncilHeading: "Ydych chi'n gweithio i'r cyngor hwn?",
    leadBefore: "Os ydych chi'n arwain neu'n gweithio ym maes gwasanaethau plant yma, ",
    signLink: (name: string) => `llofnodwch y siarter ar ran ${name}`,
    signLinkPledged: (name: string) =>
      `llofnodwch y siarter ar ran ${name} pan fyddwch chi'n barod`,
    intendBefore: ", neu dywedwch pryd rydych chi'n bwriadu gwneud hynny. Mae ein ",
    guideLink: 'canllaw cynllunio',
    guideAfter: " yn troi'r pedwar cam yn rhestr wirio.",
    wordsHeading: 'Yn eu geiriau eu hunain',
    progressHeading: 'Cynnydd yn erbyn y canllaw cynllunio',
    ownAssessment: 'Asesiad y cyngor ei hun, a ddiweddarwyd ddiwethaf ar ',
    progressCaption: 'Gweithredoedd y canllaw cynllunio fesul cam',
    step: 'Cam',
    inPlace: 'Yn eu lle',
    inProgress: 'Ar y gweill',
    outOf: (count: number, of: number) => `${count} o ${of}`,
    notAssessed:
      "Dydy'r cyngor ddim wedi asesu ei hun yn erbyn rhestr wirio'r canllaw cynllunio eto.",
    fromCouncil: "O'r cyngor hwn? ",
    assessLink: "Cael dolen i'ch hunanasesiad",
    supportHeading: (inPlace: string) => `Cefnogaeth ${inPlace}`,
    pledged: (count: number) =>
      plural('cy', count, {
        one: 'cefnogwr wedi addo',
        two: 'gefnogwr wedi addo',
        few: 'chefnogwr wedi addo',
        many: 'chefnogwr wedi addo',
        zero: 'cefnogwr wedi addo',
        other: 'o gefnogwyr wedi addo',
      }),
    letters: (count: number) =>
      plural('cy', count, {
        one: "llythyr wedi'i anfon at gynghorwyr",
        two: "lythyr wedi'u hanfon at gynghorwyr",
        zero: "llythyr wedi'u hanfon at gynghorwyr",
        few: "llythyr wedi'u hanfon at gynghorwyr",
        many: "llythyr wedi'u hanfon at gynghorwyr",
        other: "o lythyrau wedi'u hanfon at gynghorwyr",
      }),
    offline: (online: number, offline: number) =>
      `O'r cefnogwyr, ymunodd ${online} ar y wefan hon a chofrestrodd ${offline} all-lein (ar bapur, er enghraifft), fel y cofnododd tîm yr ymgyrch.`,
    countsHere: (name: string) =>
      `Mae cefnogwyr yn cyfrif yma pan fyddan nhw'n ymuno ar y wefan hon gyda chod post yn yr ardal, neu'n cofrestru all-lein ar gyfer ${name}. Mae'r rhai nad ydyn ni'n gwybod eu hardal yn cyfrif yn y cyfanswm cenedlaethol yn unig.`,
    thank: (name: string) => `Diolch i ${name} am lofnodi`,
    write: (name: string) => `Ysgrifennu at ${name}`,
    addName: 'Ychwanegwch eich enw at yr ymgyrch',
    askToSign: (name: string) => `Gofyn i ${name} lofnodi`,
    pledgeHint: 'Rhowch eich cod post, ac mae eich addewid yn cyfrif yn ardal eich cyngor.',
    shareHeading: 'Rhannu hyn',
    historyHeading: 'Hanes',
    checkedBefore: 'Cafodd y cofnod hwn ei wirio ddiwethaf ar ',
    notChecked: "Dydy'r cofnod hwn ddim wedi cael ei wirio eto.",
    neighboursHeading: 'Cynghorau cyfagos',
    shareTitle: (name: string) => `${name} a Siarter y Plant sy'n Rhedeg i Ffwrdd`,
    noHistory:
      "Does dim newid wedi'i gofnodi: dydy'r cyngor ddim wedi llofnodi na dweud y bydd yn llofnodi.",
    source: 'Ffynhonnell:',
    by: ' gan ',
  },
  certificate: {
    title: (name: string) => `Tystysgrif: ${name}`,
    kicker: "Siarter y Plant sy'n Rhedeg i Ffwrdd",
    intro: 'Mae hyn yn tystio bod',
    lead: "wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd",
    committed: ", ac wedi ymrwymo i bedwar cam i gadw plant sy'n rhedeg i ffwrdd yn ddiogel.",
    onBehalf: 'Ar ran',
    dateSigned: 'Dyddiad llofnodi',
    steps: {
      count: "Cyfrif pob plentyn sy'n rhedeg i ffwrdd",
      think: 'Meddwl pam mae plentyn yn rhedeg',
      act: 'Gweithredu pan fydd plentyn yn dod yn ôl',
      prevent: 'Atal plant rhag rhedeg eto',
    },
    briefs: {
      count: "Gwybod faint o blant sy'n rhedeg i ffwrdd, o ble, a pha mor aml.",
      think: "Gweld rhedeg i ffwrdd fel arwydd bod rhywbeth o'i le, a gwrando ar y plentyn.",
      act: 'Pan fydd plentyn yn dod yn ôl, siarad â nhw a rhoi rhywle diogel iddyn nhw.',
      prevent: "Gweithio gyda'n gilydd fel nad oes rhaid i blant redeg eto.",
    },
    campaignBy: ', ymgyrch gan ',
  },
  report: {
    heading: 'Ydy hyn yn anghywir?',
    thanks:
      "Diolch. Bydd ymgyrchydd yn gwirio'r hyn a ddywedoch chi wrthon ni ac yn cywiro'r cofnod os yw wedi dyddio.",
    intro:
      'Os oes rhywbeth ar y dudalen hon wedi dyddio, dywedwch wrthon ni a bydd ymgyrchydd yn ei wirio. Dydyn ni ddim yn gofyn pwy ydych chi.',
    fixBelow: 'Cywirwch y problemau isod.',
    what: "Beth sy'n anghywir?",
    topics: {
      status: 'Ei statws (wedi llofnodi, wedi addo neu heb lofnodi)',
      signatory: 'Pwy a lofnododd, neu pryd',
      website: 'Cyfeiriad ei wefan',
      details: 'Ei enw neu fanylion eraill',
    },
    shouldSay: 'Beth ddylai ei ddweud?',
    link: "Dolen sy'n dangos hynny (dewisol)",
    send: 'Anfon',
  },
};

export const councilsTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const councilsProblems: Problems = {
  'Choose what is wrong': "Dewiswch beth sy'n anghywir",
  'Tell us what is wrong': "Dywedwch wrthon ni beth sy'n anghywir",
  'Tell us a little more: at least 10 characters': 'Dywedwch ychydig mwy wrthon ni: o leiaf 10 nod',
  'Keep it to 2,000 characters or fewer': 'Cadwch hi at 2,000 o nodau neu lai',
  'That link is too long': "Mae'r ddolen honno'n rhy hir",
  'Enter a web address starting with http:// or https://, or leave it empty':
    "Rhowch gyfeiriad gwe sy'n dechrau gyda http:// neu https://, neu gadewch y blwch yn wag",
  'We could not find that council.': "Doedden ni ddim yn gallu dod o hyd i'r cyngor hwnnw.",
  'We have had a lot of reports from you in the last hour. Please try again later.':
    'Rydyn ni wedi cael llawer o adroddiadau gennych chi yn ystod yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen.',
};
