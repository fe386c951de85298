import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { help as english } from '../en/help.ts';

export const help: Translation<typeof english> = {
  getHelp: {
    title: 'Cael help',
    description:
      "Os ydych chi wedi rhedeg i ffwrdd neu'n meddwl am wneud, dydych chi ddim mewn trwbl a dydych chi ddim ar eich pen eich hun. Llinellau cymorth am ddim a chyfrinachol, unrhyw adeg.",
    lead: "Os ydych chi wedi rhedeg i ffwrdd, neu'n meddwl am wneud, dydych chi ddim mewn trwbl a dydych chi ddim ar eich pen eich hun. Mae pobl y gallwch chi siarad â nhw nawr, am ddim, heb roi eich enw.",
    danger: {
      heading: 'Os ydych chi mewn perygl nawr',
      call: 'Ffoniwch',
      rest: "a gofynnwch am yr heddlu neu ambiwlans. Os ydych chi ar ffôn symudol ac yn methu siarad, arhoswch ar y lein a phwyswch 55 pan fydd rhywun yn gofyn: bydd yr alwad yn mynd drwodd i'r heddlu.",
    },
    runaway: {
      heading: 'Llinell Gymorth Rhedeg i Ffwrdd: 116 000',
      call: 'Ffonio 116 000',
      forWhom:
        "I unrhyw un sydd wedi rhedeg i ffwrdd neu sy'n meddwl am wneud, ac i'r bobl sy'n poeni amdanyn nhw.",
      whatHappens: 'Beth sy’n digwydd pan fyddwch chi’n ffonio neu’n tecstio',
      points: [
        "Mae am ddim o unrhyw ffôn, ac mae ar agor drwy'r dydd a drwy'r nos.",
        "Gallwch chi ffonio, neu decstio'r un rhif os byddai'n well gennych chi beidio â siarad.",
        "Does dim rhaid i chi roi eich enw na dweud ble rydych chi. Fydd y person rydych chi'n siarad ag e ddim yn eich barnu nac yn dweud y drefn wrthoch chi.",
        "Byddan nhw'n gofyn a ydych chi'n ddiogel ar hyn o bryd, ac yn eich helpu i feddwl beth i'w wneud nesaf: rhywle diogel i aros heno, neu sut i gysylltu â rhywun.",
        "Os ydych chi eisiau, gallan nhw anfon neges at eich teulu neu'ch gofalwyr ar eich rhan, heb ddweud ble rydych chi.",
        "Mae'r hyn rydych chi'n ei ddweud yn aros rhyngoch chi a nhw, oni bai eu bod nhw'n credu bod eich bywyd mewn perygl. Os bydd angen iddyn nhw rannu rhywbeth byth, byddan nhw'n ceisio siarad â chi yn gyntaf.",
      ],
    },
    childline: {
      heading: 'Childline (dan 19 oed): 0800 1111',
      call: 'Ffonio 0800 1111',
      about:
        "I unrhyw un dan 19 oed, am unrhyw beth sy'n eich poeni. Mae galwadau am ddim a dydyn nhw ddim yn ymddangos ar fil ffôn. Mae gan Childline sgwrs ar-lein a byrddau negeseuon ar ei gwefan hefyd.",
    },
    meic: {
      heading: 'Meic: 080880 23456',
      call: 'Ffonio 080880 23456',
      text: 'Tecstio 84001',
      passage: {
        start:
          'Yng Nghymru, gallwch chi hefyd siarad â Meic, y llinell gymorth i blant a phobl ifanc. Ffoniwch am ddim ar',
        or: 'neu tecstiwch',
        end: "am ddim, o 8am tan hanner nos bob dydd, yn Gymraeg neu'n Saesneg.",
      },
      about:
        "Meic yw'r llinell gymorth i blant a phobl ifanc yng Nghymru. Mae am ddim, ac mae ar agor o 8am tan hanner nos bob dydd, yn Gymraeg neu'n Saesneg.",
      points: [
        "Gallwch chi ffonio, neu anfon neges destun os byddai'n well gennych chi beidio â siarad.",
        "Does dim rhaid i chi roi eich enw. Byddan nhw'n gwrando, ac yn eich helpu i benderfynu beth i'w wneud nesaf.",
      ],
    },
    online: {
      heading: 'Cadw’n ddiogel ar-lein',
      points: [
        "Byddwch yn ofalus o unrhyw un ar-lein sy'n cynnig lle i aros, arian, anrhegion neu lifft i chi, yn enwedig os ydyn nhw'n gofyn i chi gadw'r peth yn gyfrinach. Dyma sut mae pobl sydd eisiau camfanteisio ar bobl ifanc yn aml yn dechrau.",
        "Diffoddwch rannu lleoliad ar eich ffôn ac mewn apiau os nad ydych chi eisiau i rywun wybod ble rydych chi, a gwiriwch pa ffrindiau sy'n gallu ei weld.",
        "Os oes rhywun yn eich bygwth neu'n rhoi pwysau arnoch chi i anfon lluniau, nid chi sydd mewn trwbl. Dywedwch wrth y Llinell Gymorth Rhedeg i Ffwrdd, Meic, Childline neu'r heddlu.",
        "Os ydych chi'n rhannu ffôn neu gyfrifiadur, defnyddiwch ffenest breifat (incognito), fel nad yw'r tudalennau rydych chi'n ymweld â nhw yn cael eu cadw yn yr hanes.",
      ],
    },
    exit: {
      heading: 'Sut mae’r allanfa gyflym yn gweithio',
      button: (host: string) =>
        `Mae botwm coch “Gadael yn gyflym” ar frig pob tudalen ar y wefan hon. Os daw rhywun i mewn a dydych chi ddim eisiau iddyn nhw weld beth rydych chi'n ei ddarllen, pwyswch e. Mae tudalen dywydd gyffredin (${host}) yn agor mewn tab newydd, heb ffordd yn ôl i'r wefan hon, ac mae'r tab roeddech chi ynddo yn newid i'r dudalen dywydd hefyd.`,
      keys: "Ar gyfrifiadur, gallwch chi hefyd bwyso'r fysell Shift dair gwaith, neu Esc. Dydy rhai porwyr, fel Chrome, ddim yn gadael i fysell agor tab newydd. Bryd hynny dim ond y tab hwn sy'n newid, ac efallai y bydd ei fotwm yn ôl yn dal i arwain yma.",
      history:
        "Does dim gwefan sy'n gallu dileu'r hyn mae eich porwr wedi'i gadw'n barod. Mae'r tudalennau y buoch chi arnyn nhw yn aros yn ei hanes nes i chi eu dileu. Dyna sut mae pob porwr yn gweithio, a gallwch chi ddatrys hyn eich hun mewn munud neu ddwy:",
      coverTracks: "cuddio'ch olion",
      historyEnd: "sy'n dangos sut, a sut i ddefnyddio ffenest breifat y tro nesaf.",
      noCookies:
        "Dydy'r wefan hon ddim yn gosod cwcis, a dydy hi ddim yn defnyddio unrhyw wasanaethau dadansoddi neu hysbysebu, felly does dim byd am eich ymweliad yn cael ei basio i neb arall.",
    },
    adults: {
      heading: 'Os ydych chi’n poeni am blentyn',
      text: "Os oes plentyn rydych chi'n ei adnabod wedi mynd ar goll, rhowch wybod i'r heddlu ar 999 ar unwaith. Does dim rhaid i chi aros 24 awr. Gall y Llinell Gymorth Rhedeg i Ffwrdd ar 116 000 gefnogi rhieni a gofalwyr hefyd.",
    },
  },
  tracks: {
    title: "Cuddio'ch olion",
    description:
      "Sut i gadw eich ymweliad â'r wefan hon yn breifat: pori preifat, dileu eich hanes ar ffonau a chyfrifiaduron, a chlirio eich galwadau a'ch negeseuon ar ôl ffonio llinell gymorth.",
    lead: "Os bydd rhywun yn edrych ar eich ffôn neu'ch cyfrifiadur, gallwch chi ei gwneud hi'n llawer anoddach iddyn nhw wybod eich bod chi wedi bod yma. Mae'n cymryd munud neu ddwy. Dydych chi ddim yn gwneud dim o'i le drwy gadw hyn yn breifat.",
    privateWindow: {
      heading: 'Y tro nesaf, defnyddiwch ffenest breifat',
      intro:
        "Dydy ffenest breifat ddim yn cadw'r tudalennau rydych chi'n ymweld â nhw. Pan fyddwch chi'n ei chau, maen nhw wedi mynd o'r porwr. Caewch bob tab preifat pan fyddwch chi wedi gorffen.",
      browsers: [
        'Chrome: agorwch y ddewislen (tri dot) a dewiswch New Incognito tab neu New Incognito window.',
        'Samsung Internet: agorwch y botwm tabiau a throwch Secret mode ymlaen.',
        'Safari ar iPhone: agorwch y botwm tabiau a newidiwch i Private.',
        'Edge: agorwch y ddewislen (tri dot) a dewiswch New InPrivate tab neu New InPrivate window.',
        'Firefox: agorwch y ddewislen a dewiswch New private window.',
      ],
      limits:
        "Dydy ffenest breifat ddim yn eich cuddio rhag pawb. Efallai y bydd pwy bynnag sy'n rhedeg y wifi, fel ysgol neu lwybrydd rhiant, yn dal i weld pa wefannau y buoch chi arnyn nhw. Mae unrhyw beth rydych chi'n ei lawrlwytho yn aros ar y ddyfais.",
    },
    history: {
      heading: "Dileu'r wefan hon o'ch hanes",
      intro:
        "Does dim gwefan sy'n gallu dileu'r hanes yn eich porwr. Dydy'r allanfa gyflym ddim hyd yn oed yn gallu gwneud hynny. Gallwch chi ei wneud eich hun. Mae dewislenni'n newid o un ffôn i'r llall, felly chwiliwch am eiriau fel History (Hanes), Delete (Dileu) neu Clear (Clirio).",
      devices: [
        {
          heading: 'Chrome ar ffôn Android',
          text: "Tapiwch y tri dot, yna History. Dileuwch dudalennau'r wefan hon un wrth un, neu dewiswch Delete browsing data i ddileu mwy.",
        },
        {
          heading: 'Porwr Samsung Internet',
          text: "Tapiwch y ddewislen (tair llinell), yna History. Dileuwch dudalennau'r wefan hon, neu'ch hanes i gyd.",
        },
        {
          heading: 'Safari ar iPhone',
          text: "Agorwch eich nodau tudalen (y botwm llyfr, a allai fod o dan y botwm More), yna'r cloc ar gyfer History. Llusgwch i'r chwith ar dudalen i'w dileu, neu tapiwch Clear i ddileu mwy. Neu agorwch yr ap Settings, dewch o hyd i Safari a dewiswch Clear History: mae hyn yn dileu'r cyfan.",
        },
        {
          heading: 'Chrome, Edge neu Firefox ar gyfrifiadur',
          text: "Pwyswch Ctrl a H gyda'i gilydd i agor eich hanes, a dileuwch dudalennau'r wefan hon. Mae Ctrl, Shift a Delete gyda'i gilydd yn agor y blwch i ddileu mwy. Ar Mac, defnyddiwch y ddewislen History ar frig y sgrin.",
        },
      ],
      worthKnowing: 'Da gwybod',
      notes: [
        "Gall hanes sy'n wag yn sydyn wneud rhywun yn chwilfrydig. Efallai y bydd dileu tudalennau'r wefan hon yn unig yn tynnu llai o sylw.",
        "Os buoch chi'n chwilio am help tra oeddech chi wedi mewngofnodi i Google neu gyfrif arall, efallai bod eich chwiliadau wedi'u cadw yn y cyfrif hwnnw hefyd.",
      ],
    },
    calls: {
      heading: 'Ar ôl i chi ffonio neu decstio llinell gymorth',
      intro:
        "Bydd yr alwad neu'r neges yn ymddangos ar eich ffôn, hyd yn oed pan fydd hi am ddim. Os nad ydych chi eisiau i neb ei gweld:",
      points: [
        "Agorwch y rhestr galwadau ar eich ffôn a dewch o hyd i'r alwad. Ar iPhone, llusgwch i'r chwith arni a'i dileu. Ar Android, pwyswch a daliwch hi, yna ei dileu.",
        'Dileuwch y sgwrs yn eich ap negeseuon yn yr un ffordd.',
        "Mae rhai ffonau'n cadw negeseuon sydd wedi'u dileu mewn bin neu ffolder Recently Deleted am ychydig. Gwagiwch hwnnw hefyd.",
      ],
    },
    shared: {
      heading: "Os ydych chi'n rhannu ffôn neu gyfrifiadur",
      points: [
        'Defnyddiwch ffenest breifat, fel nad oes dim yn cael ei gadw.',
        "Peidiwch â gadael i'r porwr gadw cyfrineiriau na'r hyn rydych chi'n ei deipio mewn ffurflenni.",
        "Allgofnodwch o unrhyw gyfrif y buoch chi'n ei ddefnyddio, fel e-bost, cyn rhoi'r ddyfais yn ôl.",
        "Os yw eich ffôn yn rhannu cyfrif (Apple, Google neu Samsung) gyda rhywun arall, efallai y bydd eich hanes, eich galwadau a'ch negeseuon yn ymddangos ar eu dyfeisiau nhw hefyd.",
        "Os gallwch chi, defnyddiwch ddyfais does neb yn edrych arni: ffrind rydych chi'n ymddiried ynddo, neu gyfrifiadur mewn llyfrgell neu ysgol.",
      ],
    },
    exit: {
      heading: 'Allanfa gyflym',
      text: (host: string) =>
        `Mae'r botwm coch “Gadael yn gyflym” ar frig pob tudalen. Mae'n mynd â chi'n syth i dudalen dywydd gyffredin (${host}) ac yn cuddio'r wefan hon ar unwaith.`,
    },
    talk: 'Siarad â rhywun',
  },
};

export const helpTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const helpProblems: Problems = {};
