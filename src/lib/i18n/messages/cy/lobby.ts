import { formatNumber, plural } from '../../plural.ts';
import type { Translation } from '../../catalogue-types.ts';
import { fromCountry, inCouncil, inCountry, soft } from './lobby-mutations.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { lobby as english } from '../en/lobby.ts';
import { emails } from './lobby-emails.ts';

const councilCount = (count: number) =>
  plural('cy', count, {
    zero: '# cyngor',
    one: '# cyngor',
    two: '# gyngor',
    few: '# chyngor',
    many: '# chyngor',
    other: '# o gynghorau',
  });

const days = (count: number) =>
  plural('cy', count, {
    one: '# diwrnod',
    two: '# ddiwrnod',
    few: '# diwrnod',
    many: '# diwrnod',
    other: '# diwrnod',
  });

export const lobby: Translation<typeof english> = {
  roles: {
    ward_councillor: 'Cynghorydd ward',
    lead_member: 'Aelod arweiniol dros wasanaethau plant',
    director: 'Cyfarwyddwr gwasanaethau plant',
  },
  reasons: {
    ward_councillor:
      "wedi'i ethol gan eich ward i siarad ar eich rhan: y cynghorydd sydd fwyaf tebygol o fynd ar ôl yr hyn y mae preswylydd yn ei ofyn",
    lead_member:
      "y cynghorydd sy'n gyfrifol am wasanaethau plant, sy'n gallu mynd â'r siarter at arweinwyr y cyngor",
    director:
      "y swyddog sy'n rhedeg gwasanaethau plant ac a fyddai'n rhoi pedwar cam y siarter ar waith",
  },
  start: {
    title: 'Ysgrifennu at eich cynghorydd',
    description:
      "Gofynnwch i'r cynghorydd sy'n gyfrifol am wasanaethau plant yn eich ardal chi lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.",
    lead: "Mae cynghorau'n llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd pan fydd eu cynghorwyr yn clywed bod pobl leol yn poeni. Ysgrifennwch at gynghorwyr eich ward a'r cynghorydd sy'n arwain ar wasanaethau plant yn eich ardal: rydyn ni'n awgrymu sut i ddechrau, a chi sy'n dweud pam mae'n bwysig i chi.",
    steps: [
      "Dewch o hyd i'ch cyngor.",
      "Ysgrifennwch eich llythyr, gan ddechrau o'n llythyr ni, a'i wirio.",
      "Pwyswch y ddolen rydyn ni'n ei hanfon atoch chi drwy e-bost, ac mae'n mynd. Daw atebion yn syth atoch chi.",
    ],
    label: 'Eich cod post neu enw eich cyngor',
    hint: 'Er enghraifft, CF10 1AA neu Caerdydd.',
    button: "Dod o hyd i'm cyngor",
    choose: (count: number, text: string) =>
      `Mae ${councilCount(count)} yn cyfateb i "${text}": pa un yw'ch cyngor chi?`,
    results: 'Faint o lythyrau sydd wedi mynd, a phwy sydd wedi ateb',
    empty: 'Rhowch eich cod post neu enw eich cyngor',
    tooManyLookups:
      'Rydych chi wedi chwilio llawer yn ystod y funud ddiwethaf. Arhoswch funud a rhowch gynnig arall arni.',
    noMatch: (text: string) =>
      `Does dim cyngor yng Nghymru na Lloegr o'r enw "${text}". Gwiriwch y sillafu, neu rhowch eich cod post llawn, fel CF10 1AA.`,
    unknownPostcode: (postcode: string) =>
      `Allwn ni ddim dod o hyd i'r cod post ${postcode}. Gwiriwch ef, neu rhowch enw eich cyngor.`,
    outside: (postcode: string, country: string) =>
      `Mae ${postcode} ${inCountry(country)}. Mae'r siarter yn gofyn i gynghorau yng Nghymru a Lloegr weithredu, felly allwn ni ddim anfon llythyrau at gynghorau ${inCountry(country)}.`,
    unavailable:
      'Allwn ni ddim chwilio am godau post ar hyn o bryd. Rhowch enw eich cyngor yn lle hynny.',
  },
  write: {
    other: 'Ysgrifennu at gyngor gwahanol',
    check: "Gwirio'ch llythyr",
    thank: (council: string) => `Diolch i ${soft(council)} am lofnodi`,
    ask: (council: string) => `Ysgrifennu at ${soft(council)}`,
    description: (council: string) =>
      `Ysgrifennwch at y cynghorwyr sy'n gyfrifol am wasanaethau plant ${inCouncil(council)} am Siarter y Plant sy'n Rhedeg i Ffwrdd.`,
    steps: 'Camau',
    stepNames: ['Ysgrifennu', 'Gwirio', 'Cadarnhau drwy e-bost'],
    thanking:
      " Mae cynghorwyr yn clywed llawer mwy o gwynion na diolch: mae llythyr sy'n dweud eich bod wedi sylwi yn helpu i gadw'r addewid yn fyw.",
    pledged:
      ' Mae wedi dweud y bydd yn llofnodi; mae llythyrau gan breswylwyr yn helpu i wneud yn siŵr ei fod yn gwneud hynny.',
    asking:
      " Mae cynghorwyr yn gwrando ar y bobl maen nhw'n eu cynrychioli: mae llythyr gennych chi'n cyfrif.",
    status: { not_signed: 'heb lofnodi', pledged: 'wedi addo llofnodi', signed: 'wedi llofnodi' },
    instead: (council: string) => `Ysgrifennu at ${soft(council)} yn lle hynny`,
  },
  form: {
    subject: 'Pwnc',
    opening: 'Eich llythyr',
    openingHint:
      "Rydyn ni wedi'i ddechrau i chi o'r hyn rydyn ni'n ei wybod am y cyngor. Newidiwch unrhyw ran ohono.",
    ownWords: 'Yn eich geiriau eich hun: pam mae hyn yn bwysig i chi',
    ownWordsHint: (min: number, max: string) =>
      `O leiaf ${min} nod. Mae ychydig o frawddegau gennych chi'ch hun yn cyfrif am fwy nag unrhyw nifer o lythyrau wedi'u copïo. Testun plaen; hyd at ${max} nod ar gyfer y llythyr cyfan.`,
    writerName: 'Eich enw',
    email: 'Eich cyfeiriad e-bost',
    emailHint: "Daw atebion gan gynghorwyr i'r cyfeiriad hwn.",
    postcode: 'Eich cod post',
    postcodeHint: (council: string) =>
      `Mae'n mynd o dan eich enw. Rydyn ni'n gwirio ei fod ${inCouncil(council)}, ac yn dweud wrth y cynghorydd ym mha ran.`,
    letterTo: (council: string) => `Eich llythyr at ${soft(council)}`,
    aboutYou: 'Amdanoch chi',
    preview: 'Gweld fy llythyr',
    privacy:
      "Rydyn ni'n defnyddio'ch manylion i anfon y llythyr hwn ac un neges ddilynol bythefnos yn ddiweddarach, ac yn cadw'r llythyr am flwyddyn.",
  },
  targets: {
    heading: 'At bwy mae’n mynd',
    stillChecking: (council: string) =>
      `Rydyn ni'n dal i wirio at bwy i ysgrifennu ${inCouncil(council)}.`,
    onlyChecked: (council: string) =>
      `Dim ond at bobl rydyn ni wedi gwirio eu manylion yn erbyn yr hyn mae'r cyngor yn ei gyhoeddi rydyn ni'n anfon llythyrau, a dydyn ni ddim wedi gorffen gwirio manylion ${council}.`,
    writeNow: (count: number) =>
      `Gallwch chi ysgrifennu nawr. Byddwn ni'n cadw'ch llythyr ac yn ei anfon at gynghorwyr eich ward a'r aelod arweiniol dros wasanaethau plant cyn gynted ag y byddwn ni wedi gwirio pwy ydyn nhw. Os na fyddwn ni wedi gwneud hynny o fewn ${days(count)}, byddwn ni'n anfon e-bost atoch chi ac ni fydd y llythyr yn cael ei anfon.`,
    wardFromPostcode: "Cynghorwyr eich ward: rydyn ni'n dod o hyd iddyn nhw o'ch cod post.",
    wardNotYet: (council: string) =>
      `Cynghorwyr eich ward, unwaith y byddwn ni wedi gwirio pwy ydyn nhw (dydyn ni ddim wedi gwneud hynny eto ar gyfer ${council}).`,
    howSent:
      "Chi sy'n dewis pwy sy'n ei gael pan fyddwch chi'n gwirio'ch llythyr. Mae'n cael ei anfon o gyfeiriad yr ymgyrch gyda'ch cyfeiriad chi fel y cyfeiriad ateb, felly daw atebion yn syth atoch chi. Rydych chi'n cael copi.",
  },
  check: {
    heading: 'Eich llythyr',
    checkedWard: (ward: string, council: string) =>
      `Uwchben eich llythyr rydyn ni'n dweud wrthyn nhw ein bod wedi gwirio bod eich cod post yn ardal ${ward}, ${council}.`,
    checkedCouncil: (council: string) =>
      `Uwchben eich llythyr rydyn ni'n dweud wrthyn nhw ein bod wedi gwirio bod eich cod post ${inCouncil(council)}.`,
    unchecked:
      "Allwn ni ddim gwirio'ch cod post ar hyn o bryd. Bydd eich llythyr yn aros nes y gallwn ni: pwyswch y ddolen y byddwn ni'n ei hanfon atoch chi yn nes ymlaen heddiw, a byddwn ni'n ei wirio eto cyn i ddim gael ei anfon.",
    holding: (count: number) =>
      `Byddwn ni'n cadw'ch llythyr ac yn ei anfon at gynghorwyr eich ward a'r aelod arweiniol dros wasanaethau plant unwaith y byddwn ni wedi gwirio pwy ydyn nhw, o fewn ${days(count)}, neu'n dweud wrthych chi nad oedd modd.`,
    next: 'Nesaf, byddwn ni’n anfon dolen at',
    nextAfter:
      ". Dim ond pan fyddwch chi'n ei hagor ac yn pwyso Anfon y bydd eich llythyr yn mynd: fel hynny, all neb ysgrifennu yn eich enw chi.",
    send: 'Anfon y ddolen ata i drwy e-bost',
    change: 'Newid fy llythyr',
    choose: 'At bwy i’w anfon',
    eachCopy: "Mae pob person rydych chi'n ei dicio yn cael ei gopi ei hun, wedi'i gyfeirio ato.",
    yourCouncillor: (ward: string) => `eich cynghorydd dros ${ward}`,
    why: (reason: string) => `Pam: ${reason}.`,
  },
  letter: {
    subject: 'Pwnc:',
    dear: (name: string) => `Annwyl ${name},`,
    councillor: 'Gynghorydd',
    signOff: 'Yn gywir,',
  },
  problems: {
    elsewhere: (postcode: string, there: string, council: string) =>
      `Mae ${postcode} ${inCouncil(there)}, nid ${council}. Mae cynghorwyr yn ateb y bobl maen nhw'n eu cynrychioli, felly dim ond at y cyngor lle rydych chi'n byw y gallwch chi ysgrifennu.`,
    unknownPostcode: (postcode: string, council: string) =>
      `Allwn ni ddim dod o hyd i'r cod post ${postcode}. Gwiriwch ef: mae cynghorwyr yn ateb y bobl maen nhw'n eu cynrychioli, felly rydyn ni'n gwirio eich bod chi'n byw ${inCouncil(council)}.`,
    outside: (postcode: string, country: string) =>
      `Mae ${postcode} ${inCountry(country)}. Mae'r siarter yn gofyn i gynghorau yng Nghymru a Lloegr weithredu, felly allwn ni ddim anfon llythyrau ${fromCountry(country)}.`,
    tooManyEmails: (count: number) =>
      `Rydyn ni eisoes wedi anfon ${formatNumber('cy', count)} e-bost am lythyrau i'r cyfeiriad hwn heddiw. Chwiliwch amdanyn nhw yn y mewnflwch (a'r ffolder sbam), neu rhowch gynnig arall yfory; mae'ch llythyr yma o hyd.`,
    nearDuplicate: (council: string) =>
      `Mae'ch llythyr bron yr un fath ag un sydd eisoes wedi'i anfon at ${soft(council)}. Dydy cynghorwyr ddim yn rhoi llawer o bwys ar lythyrau wedi'u copïo: newidiwch y testun a awgrymwyd, neu dywedwch fwy am pam mae hyn yn bwysig i chi.`,
    noRecipients: 'Dewiswch o leiaf un person i anfon eich llythyr ato.',
    unknownCouncil: "Dewiswch eich cyngor eto: allwn ni ddim dod o hyd i'r un yna.",
    tooSoon: (council: string, last: string, next: string) =>
      `Mae'ch llythyr at ${soft(council)} ar ${last} eisoes wedi mynd. Er mwyn i lythyrau'r ymgyrch fod yn groeso o hyd, mae pob person yn ysgrifennu at gyngor unwaith yr wythnos ar y mwyaf: gallwch chi anfon hwn o ${next} ymlaen, tra bo'i ddolen yn dal i weithio.`,
  },
  checkInbox: {
    title: 'Gwiriwch eich e-bost',
    description: "Cadarnhewch eich llythyr drwy'r ddolen rydyn ni wedi'i hanfon atoch chi.",
    lead: (council: string | undefined) =>
      `Rydyn ni wedi anfon e-bost atoch chi. Dim ond pan fyddwch chi'n agor y ddolen yn yr e-bost hwnnw ac yn pwyso Anfon y bydd eich llythyr${council ? ` at ${soft(council)}` : ''} yn mynd.`,
    more: (count: number) =>
      `Mae'r ddolen yn gweithio am ${days(count)}. Os na allwch chi weld yr e-bost, edrychwch yn eich ffolder sbam neu sothach. Does dim byd yn cael ei anfon nes i chi gadarnhau, ac mae llythyrau sydd byth yn cael eu cadarnhau yn cael eu dileu.`,
  },
  confirm: {
    title: 'Anfon eich llythyr',
    description: 'Cadarnhewch y llythyr a ysgrifennoch chi at eich cynghorwyr.',
    unchecked:
      "Allwn ni ddim gwirio'ch cod post o hyd: dydy'r gwasanaeth rydyn ni'n ei ddefnyddio ddim yn ateb. Mae'ch llythyr wedi'i gadw; rhowch gynnig ar y ddolen hon eto yn nes ymlaen.",
    cannotGo: (council: string) => `All eich llythyr ddim mynd at ${soft(council)}`,
    writeTo: (council: string) => `Ysgrifennu at ${soft(council)}`,
    send: (council: string) => `Anfon eich llythyr at ${soft(council)}`,
    goesTo: 'Pwyswch Anfon ac mae eich llythyr yn mynd at:',
    heldLead: (council: string) =>
      `Pwyswch Anfon a byddwn ni'n cadw'ch llythyr nes y byddwn ni wedi gwirio at bwy i ysgrifennu ${inCouncil(council)}: cynghorwyr eich ward a'r aelod arweiniol dros wasanaethau plant. Mae'n mynd cyn gynted ag y byddwn ni wedi gwneud hynny.`,
    notSent: "Dydy'ch llythyr ddim wedi'i anfon",
    button: 'Anfon fy llythyr',
    changedMind:
      "Wedi newid eich meddwl? Caewch y dudalen hon: does dim byd yn cael ei anfon, ac mae'r llythyr yn cael ei ddileu ymhen wythnos.",
    confirmed: "Mae'ch llythyr wedi'i gadarnhau",
    holding: (council: string, until: string | undefined) =>
      `Rydyn ni'n cadw'ch llythyr at ${soft(council)} nes y byddwn ni wedi gwirio at bwy i ysgrifennu yno${until ? `, tan ${until} ar y mwyaf` : ''}. Mae'n mynd unwaith, faint bynnag o weithiau y defnyddir y ddolen.`,
    gone: "Mae'ch llythyr eisoes wedi mynd",
    wentOn: (council: string, on: string | undefined) =>
      `Aeth eich llythyr at ${soft(council)}${on ? ` ar ${on}` : ''}. Mae pob llythyr yn cael ei anfon unwaith, faint bynnag o weithiau y defnyddir y ddolen.`,
    councilPage: (council: string) => `Gweld tudalen ${council}`,
    expired:
      "Rhaid cadarnhau llythyrau o fewn wythnos, a chafodd hwn mo'i gadarnhau, felly dydy e ddim wedi'i anfon.",
    again: "Ysgrifennu'ch llythyr eto",
    writeToYours: 'Ysgrifennu at eich cynghorydd',
  },
  sent: {
    title: "Mae'ch llythyr ar ei ffordd",
    description: 'Diolch am ysgrifennu at eich cynghorydd.',
    confirmed: "Mae'ch llythyr wedi'i gadarnhau",
    yourCouncil: 'eich cyngor',
    held: (council: string, count: number) =>
      `Rydyn ni'n cadw'ch llythyr nes y byddwn ni wedi gwirio at bwy i ysgrifennu ${inCouncil(council)}. Mae'n mynd at gynghorwyr eich ward a'r aelod arweiniol dros wasanaethau plant cyn gynted ag y byddwn ni wedi gwneud hynny, a byddwch chi'n cael copi bryd hynny. Os na fyddwn ni wedi gwneud hynny o fewn ${days(count)}, byddwn ni'n anfon e-bost atoch chi, ac ni fydd yn cael ei anfon.`,
    busy: (council: string, on: string) =>
      `Mae cymaint o bobl wedi ysgrifennu at ${soft(council)} heddiw nes ein bod yn cadw'r gweddill tan yfory, er mwyn i gynghorwyr allu darllen pob un. Mae'ch llythyr chi'n mynd ar ${on}, a byddwch chi'n cael eich copi bryd hynny.`,
    gone: (council: string) =>
      `Diolch. Mae'ch llythyr wedi mynd at ${soft(council)}, ac mae copi yn eich mewnflwch. Daw atebion yn syth atoch chi.`,
    followUp: (count: number) =>
      `${days(count)} ar ôl iddo fynd, byddwn ni'n anfon e-bost atoch chi unwaith i ofyn a atebodd unrhyw un. Mae'ch ateb yn dweud wrth ymgyrchwyr pa gynghorau sy'n gwrando.`,
    next: 'Beth nesaf',
    askFriends: (council: string) =>
      `Gofynnwch i ffrindiau sy'n byw ${inCouncil(council)} ysgrifennu hefyd: rhannwch `,
    councilPage: (council: string) => `y dudalen ar gyfer ysgrifennu at ${soft(council)}`,
    join: "Ychwanegu'ch enw at yr ymgyrch",
    joinAfter: ', os nad ydych chi wedi gwneud yn barod.',
    results: 'Gweld faint o lythyrau sydd wedi mynd, a phwy atebodd',
    share: "Rydw i wedi ysgrifennu at fy nghyngor am gadw plant sy'n rhedeg i ffwrdd yn ddiogel",
    shareHeading: 'Rhannu hyn',
  },
  reply: {
    title: 'A atebodd eich cynghorydd?',
    description: 'Dywedwch wrthon ni a atebodd eich cynghorydd eich llythyr.',
    answers: { yes: 'Do, ces i ateb', no: 'Dim ateb', not_yet: 'Ddim eto' },
    thanks: {
      yes: 'Diolch. Mae ateb yn golygu bod eich cynghorydd yn gwrando: os dywedodd rywbeth defnyddiol am y siarter, dywedwch wrthon ni drwy ateb ein e-bost.',
      no: "Diolch. Cynghorau sydd ddim yn ateb eu preswylwyr yw'r lle mae angen i ni bwyso galetaf.",
      not_yet:
        'Diolch. Gall atebion gymryd amser; os daw un, defnyddiwch y ddolen yn ein e-bost eto i ddweud wrthon ni.',
    },
    saved: "Mae'ch ateb wedi'i gadw",
    seeResults: 'Gweld pa gynghorau sy’n ateb',
    did: (council: string) => `A atebodd ${council}?`,
    wrote: (subject: string, on: string) =>
      `Ysgrifennoch chi "${subject}" ar ${on}. Ydy unrhyw un o'r cyngor wedi ateb?`,
    told: (answer: string) => `Dywedoch chi wrthon ni: ${answer}. Gallwch chi newid eich ateb.`,
  },
  results: {
    title: 'Llythyrau at gynghorwyr',
    description:
      "Faint o lythyrau mae cefnogwyr wedi'u hanfon at eu cynghorwyr, a faint gafodd ateb.",
    lead: (total: number) =>
      `${plural('cy', total, {
        zero: 'Does dim llythyrau wedi mynd',
        one: 'Mae # llythyr wedi mynd',
        two: 'Mae # lythyr wedi mynd',
        few: 'Mae # llythyr wedi mynd',
        many: 'Mae # llythyr wedi mynd',
        other: 'Mae # o lythyrau wedi mynd',
      })} at gynghorwyr drwy'r wefan hon yn ystod y 12 mis diwethaf. Bythefnos ar ôl pob un, rydyn ni'n gofyn i'r sawl a'i hysgrifennodd a atebodd unrhyw un.`,
    write: 'Ysgrifennu at eich cynghorydd',
    byCouncil: 'Atebion fesul cyngor',
    rate: (min: number) =>
      `Y gyfradd ateb yw cyfran yr ysgrifenwyr a ddywedodd wrthon ni eu bod wedi cael ateb. Rydyn ni'n ei dangos unwaith y bydd o leiaf ${min} ysgrifennwr wedi ateb, oherwydd mae llai o atebion yn dweud mwy am siawns nag am y cyngor. Mae ysgrifenwyr yn ateb drostyn nhw eu hunain; dydyn ni ddim yn gweld yr atebion.`,
    none: "Does dim llythyrau wedi'u hanfon eto.",
    tableLabel: 'Llythyrau ac atebion fesul cyngor',
    caption: 'Llythyrau ac atebion fesul cyngor, y 12 mis diwethaf',
    tooFew: 'Rhy ychydig o atebion',
    columns: ['Cyngor', 'Llythyrau', 'Wedi ateb', 'Dim ateb', 'Ddim eto', 'Cyfradd ateb'],
    chartInEnglish: 'Mae’r siart a’i dabl yn Saesneg am y tro.',
    perWeek: 'Llythyrau bob wythnos',
    noneEver: "Does dim llythyrau wedi'u hanfon drwy'r wefan hon eto.",
    noneThisYear: "Does dim llythyrau wedi'u hanfon drwy'r wefan hon yn ystod y 12 mis diwethaf.",
    progressBefore: 'Gweler ',
    progress: 'cynnydd yr ymgyrch',
    progressAfter: ' ar gyfer cefnogwyr a chynghorau dros amser hefyd.',
  },
  emails,
};

export const lobbyTranslation: TranslationRecord = FIRST_DRAFT;

export { letterTooLong, lobbyProblems } from './lobby-problems.ts';
