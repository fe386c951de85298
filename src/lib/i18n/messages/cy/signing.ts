import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { signing as english } from '../en/signing.ts';
import { signingAssess } from './signing-assess.ts';
import { signingEmails } from './signing-emails.ts';

export const signing: Translation<typeof english> = {
  title: "Llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd ar ran eich cyngor",
  description:
    "I swyddogion cynghorau ac aelodau arweiniol: llofnodwch Siarter y Plant sy'n Rhedeg i Ffwrdd, neu dywedwch wrthon ni fod eich cyngor yn bwriadu gwneud hynny.",
  heading: "Llofnodi'r siarter ar ran eich cyngor",
  lead: 'I gyfarwyddwyr a swyddogion gwasanaethau plant ac aelodau arweiniol. Mae’n cymryd pum munud.',
  howItWorks: {
    tell: "Dywedwch wrthon ni pwy ydych chi, ac ymrwymwch eich cyngor i'r pedwar cam isod.",
    press: "Pwyswch y ddolen rydyn ni'n ei hanfon i'ch cyfeiriad e-bost yn y cyngor.",
    check:
      "Rydyn ni'n gwirio'r cais ac yn ei gyhoeddi. Yna byddwch chi'n cael tystysgrif, bathodyn i'ch gwefan a hunanasesiad yn erbyn y canllaw cynllunio.",
  },
  form: {
    signedCouncilLink: 'Gweld tudalen y cyngor, ei dystysgrif a’i fathodyn',
    yourCouncil: 'Eich cyngor',
    councilLabel: 'Cyngor',
    chooseCouncil: 'Dewiswch eich cyngor',
    aboutYou: 'Amdanoch chi',
    name: 'Eich enw llawn',
    role: 'Teitl eich swydd',
    roleHint: 'Er enghraifft, Cyfarwyddwr Gwasanaethau Plant.',
    email: 'Eich cyfeiriad e-bost yn y cyngor',
    emailHint:
      "Defnyddiwch eich cyfeiriad ar barth y cyngor ei hun: wedyn mae'r ddolen a anfonwn yn profi pwy ydych chi. Rydyn ni'n gwirio unrhyw gyfeiriad arall gyda'r cyngor yn gyntaf, sy'n cymryd mwy o amser.",
    leadMember: "Enw'r aelod arweiniol dros wasanaethau plant",
    leadMemberHint: "Y cynghorydd sy'n gyfrifol am y portffolio.",
    intent: 'Llofnodi nawr, neu yn nes ymlaen?',
    intentSign: "Rydyn ni'n llofnodi nawr",
    intentPledge: "Rydyn ni'n bwriadu llofnodi erbyn y dyddiad isod",
    intendsBy:
      "Y dyddiad erbyn pryd mae eich cyngor yn bwriadu llofnodi (dim ond os nad yw'n llofnodi nawr)",
    intendsByHint: 'Er enghraifft, 2027-03-31.',
    charterHeading: "Siarter y Plant sy'n Rhedeg i Ffwrdd",
    wordedIn: (month: string) =>
      `Y geiriad rydych chi'n ymrwymo iddo: y siarter fel y'i geiriwyd ym mis ${month}.`,
    commitment:
      "Ar ran fy nghyngor, rwy'n ymrwymo i bedwar cam Siarter y Plant sy'n Rhedeg i Ffwrdd a nodir yma, ac i weithio gyda'n partneriaid i'w cymryd.",
    privacy:
      "Rydyn ni'n cyhoeddi eich enw, teitl eich swydd a'r dyddiad ar dudalen a thystysgrif eich cyngor, ond byth eich cyfeiriad e-bost.",
    submit: "Anfon i'w wirio",
  },
  common: {
    checkEmail: 'Edrychwch ar eich e-bost',
  },
  checkInbox: {
    description: "Cadarnhewch lofnod eich cyngor drwy'r ddolen a anfonwyd atoch chi.",
    lead: (council: string | undefined) =>
      `Rydyn ni wedi anfon dolen i'r cyfeiriad a roesoch chi. Agorwch hi a phwyso Cadarnhau i ddangos mai chi biau'r cais${council ? ` ar ran ${council}` : ''}.`,
    lasts: (days: number) =>
      `Mae'r ddolen yn gweithio am ${days} diwrnod. Weithiau mae hidlwyr e-bost cynghorau yn dal negeseuon o'r tu allan: os na ddaw dim o fewn ychydig funudau, edrychwch yn eich ffolder sothach neu gofynnwch i'ch tîm TG ei ryddhau. Does dim byd yn cael ei gyhoeddi nes i chi gadarnhau ac i ni wirio'r cais.`,
  },
  verify: {
    title: 'Cadarnhau cais eich cyngor',
    description:
      "Cadarnhewch mai chi a wnaeth y cais hwn i lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.",
    heading: (council: string) => `Cadarnhau eich cais ar ran ${council}`,
    council: 'Cyngor',
    asked: 'Beth a ofynnoch chi',
    askedSign: "Llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd nawr",
    askedPledge: (date: string) => `Cofnodi bod y cyngor yn bwriadu llofnodi erbyn ${date}`,
    signatory: 'Llofnodwr',
    leadMember: 'Aelod arweiniol dros wasanaethau plant',
    willCheck: "Byddwn ni'n gwirio gyda'r cyngor cyn cyhoeddi.",
    notOnDomain: (domain: string, councilDomain: string) =>
      `Mae'r cyfeiriad ar ${domain}, nid ar ${councilDomain} (parth y cyngor ei hun) nac ar un o'i is-barthau.`,
    noDomain: (council: string, domain: string) =>
      `Does gennym ni ddim parth gwe ar gofnod ar gyfer ${council}, felly does dim modd paru'r cyfeiriad (ar ${domain}) â'r cyngor.`,
    confirm: 'Cadarnhau',
    notYou: 'Nid chi, neu wedi newid eich meddwl? Caewch y dudalen hon a fydd dim byd yn digwydd.',
    already: "Rydych chi eisoes wedi cadarnhau'r cais hwn",
    approved: (council: string) => `Mae wedi'i gymeradwyo: mae tudalen ${council} yn ei ddangos.`,
    rejected:
      'Doedd dim modd i ni ei gymeradwyo; rydyn ni wedi anfon y rheswm atoch chi mewn e-bost.',
    waiting:
      "Mae'n aros i ni ei wirio. Byddwn ni'n anfon e-bost atoch chi pan fydd wedi'i gyhoeddi.",
    seePage: (council: string) => `Gweld tudalen ${council}`,
    expired:
      "Mae dolenni'n gweithio am wythnos, a chafodd hon mo'i defnyddio mewn pryd. Llenwch y ffurflen eto, os gwelwch yn dda.",
    signAgain: "Llofnodi'r siarter",
    signForCouncil: "Llofnodi'r siarter ar ran eich cyngor",
  },
  verified: {
    title: "Diolch: mae eich cais wedi'i gadarnhau",
    description: 'Mae cais eich cyngor yn aros i gael ei wirio.',
    lead: (council: string | undefined) =>
      `Rydyn ni'n gwirio pob cais cyn ei gyhoeddi, a byddwn ni'n anfon e-bost atoch chi pan fydd ${council ? `tudalen ${council}` : 'tudalen eich cyngor'} yn ei ddangos, fel arfer o fewn dau ddiwrnod gwaith.`,
    review: (domain: string | undefined) =>
      `Dydy eich cyfeiriad ddim ar ${domain ?? 'barth y cyngor ei hun'}, felly byddwn ni'n gwirio gyda'r cyngor yn gyntaf fod y cais yn un dilys. Gall gymryd ychydig yn hirach.`,
    meanwhile: 'Yn y cyfamser, mae’r',
    guide: 'canllaw cynllunio',
    guideAfter: "yn nodi'r rhestr wirio y byddwch chi'n asesu eich cyngor yn ei herbyn.",
  },
  problems: {
    unknownCouncil: "Dewiswch eich cyngor o'r rhestr.",
    alreadySigned: (council: string, when: string) =>
      `Llofnododd ${council} y siarter ${when}. Mae cyngor yn llofnodi unwaith; mae ei dystysgrif a'i fathodyn ar ei dudalen.`,
    alreadyPledged: (council: string, when: string) =>
      `Dywedodd ${council} wrthon ni ${when} ei fod yn bwriadu llofnodi. Pan fydd yn barod, dewiswch “Rydyn ni'n llofnodi nawr”.`,
    dateOutOfRange: 'Dewiswch ddyddiad ar ôl heddiw ac o fewn y ddwy flynedd nesaf.',
    tooManyEmails: (count: number) =>
      `Rydyn ni eisoes wedi anfon ${count} dolen i'r cyfeiriad hwn heddiw. Chwiliwch amdanyn nhw yn ei fewnflwch (a'i ffolder sbam), neu rhowch gynnig arall arni yfory.`,
  },
  assess: signingAssess,
  emails: signingEmails,
};

export const signingTranslation: TranslationRecord = FIRST_DRAFT;

/**
 * The Welsh of each English problem message the signing form, the self-assessment and its
 * link form can show (their schemas, src/lib/form-fields.ts and the actions), keyed by the English.
 */
export const signingProblems: Problems = {
  'Enter your job title': 'Rhowch deitl eich swydd',
  'Your job title must be 100 characters or fewer':
    'Rhaid i deitl eich swydd fod yn 100 nod neu lai',
  'Enter the name of the lead member for children’s services':
    "Rhowch enw'r aelod arweiniol dros wasanaethau plant",
  'The lead member’s name must be 100 characters or fewer':
    "Rhaid i enw'r aelod arweiniol fod yn 100 nod neu lai",
  'Choose whether your council signs now or intends to':
    "Dewiswch a yw eich cyngor yn llofnodi nawr neu'n bwriadu gwneud hynny",
  'Enter the date as year, month and day, like 2027-03-31':
    'Rhowch y dyddiad fel blwyddyn, mis a diwrnod, fel 2027-03-31',
  'Tick the box to commit your council to the four steps':
    "Ticiwch y blwch i ymrwymo eich cyngor i'r pedwar cam",
  'Enter the date by which your council intends to sign':
    'Rhowch y dyddiad erbyn pryd mae eich cyngor yn bwriadu llofnodi',
  'The charter’s wording has changed since this page was opened. Please read it again below and tick the box.':
    "Mae geiriad y siarter wedi newid ers i'r dudalen hon gael ei hagor. Darllenwch hi eto isod a thiciwch y blwch.",
  'Keep each note to 1,000 characters or fewer': 'Cadwch bob nodyn i 1,000 nod neu lai',
  'This link no longer works, so nothing was saved. Ask for a new link from your council’s page.':
    "Dydy'r ddolen hon ddim yn gweithio mwyach, felly chafodd dim byd ei gadw. Gofynnwch am ddolen newydd o dudalen eich cyngor.",
  'We have sent several emails for signing requests from your connection in the last hour. Please try again later; what you typed is still here.':
    "Rydyn ni wedi anfon sawl e-bost am geisiadau i lofnodi o'ch cysylltiad chi yn yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen; mae'r hyn a deipioch chi yma o hyd.",
  'We have sent several emails for self-assessment links from your connection in the last hour. Please try again later; what you typed is still here.':
    "Rydyn ni wedi anfon sawl e-bost am ddolenni hunanasesu o'ch cysylltiad chi yn yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen; mae'r hyn a deipioch chi yma o hyd.",
};
