import type { Problems, Translation } from '../../catalogue-types.ts';
import { FIRST_DRAFT, type TranslationRecord } from '../../translations.ts';
import type { privacy as english } from '../en/privacy.ts';

/**
 * The privacy notice is a legal text: every sentence of the English is here, in the same order,
 * with nothing left out or added. A reviewer checks it against the English line by line.
 */
export const privacy: Translation<typeof english> = {
  howWeUse: 'Sut rydym yn defnyddio eich data',
  notice: {
    title: 'Preifatrwydd',
    description:
      "Beth mae'r wefan hon yn ei gasglu, pam, am ba hyd rydym yn ei gadw a'ch hawliau. Nid yw darllen y wefan yn casglu dim amdanoch chi.",
    lead: "Nid yw darllen y wefan hon yn casglu dim amdanoch chi. Mae'r dudalen hon yn dweud beth mae pob rhan o'r wefan yn ei gasglu, pam, am ba hyd rydym yn ei gadw, a beth y gallwch ofyn i ni ei wneud ag ef.",
    lastUpdated: 'Diweddarwyd ddiwethaf',
    updatedOn: '2 Rhagfyr 2026',
    whoHeading: 'Pwy ydym ni',
    who: (charity: string) =>
      `Mae'r ymgyrch yn cael ei rhedeg gan ${charity}, sef y rheolydd data ar gyfer unrhyw beth a gesglir yma. Gallwch gysylltu â thîm yr ymgyrch, a thrwyddyn nhw â swyddog diogelu data'r elusen, yn`,
    tableHeading: "Beth mae pob rhan o'r wefan yn ei gasglu",
    caption: "Data personol a gesglir gan bob rhan o'r wefan",
    columns: {
      part: "Rhan o'r wefan",
      what: 'Beth rydym yn ei gasglu',
      why: 'Pam',
      kept: 'Am ba hyd rydym yn ei gadw',
    },
    rows: {
      reading: {
        part: 'Darllen unrhyw dudalen, gan gynnwys straeon a chael help',
        what: "Dim byd amdanoch chi. Dim cwcis, dim dadansoddeg, dim tagiau hysbysebu, ac nid oes dim yn cael ei lwytho o wefannau eraill. Mae ein gweinydd yn cadw log o'r ceisiadau y mae'n eu hateb: yr amser, cyfeiriad y dudalen (heb ddim sy'n dod ar ôl marc cwestiwn), a weithiodd, a faint o amser a gymerodd. Nid yw'r log byth yn cadw eich cyfeiriad IP, eich cyfeiriad e-bost nac unrhyw beth rydych yn ei deipio mewn ffurflen, felly ni all ddweud pwy a ddarllenodd dudalen.",
        why: "Rhaid i bobl ifanc sydd mewn perygl allu darllen y wefan hon heb adael ôl gyda ni. Mae'r log yn gadael i ni weld namau ac ymosodiadau, a'u cywiro.",
        kept: (days: number) => `Mae'r log yn cael ei ddileu ar ôl ${days} diwrnod.`,
      },
      pledging: {
        part: "Ymuno â'r ymgyrch (addo)",
        what: "Eich enw cyntaf a'ch cyfenw, eich cyfeiriad e-bost ac, os ydych yn ei roi, eich cod post. Rydym hefyd yn cofnodi pa eiriau y cytunoch iddyn nhw, ar ba dudalen a pha bryd, a pha bryd y gwnaethoch gadarnhau; a'r rhwydwaith y daeth eich addewid ohono, yn fras (tair rhan gyntaf cyfeiriad IP, byth y cyfeiriad cyfan). Rydym yn cofnodi'r iaith y gwnaethoch ymuno ynddi, Cymraeg neu Saesneg, oherwydd bod y ffurflen yn dweud wrthych y byddwn yn ysgrifennu atoch ynddi: mae pob e-bost a anfonwn atoch yn yr iaith honno.",
        why: "I'ch cyfrif fel cefnogwr, yn y cyfanswm ac yn ardal eich cyngor, ac i anfon e-bost atoch gyda'r ddolen sy'n cadarnhau eich addewid. Mae'r rhwydwaith yn gadael i ni sylwi ar lifogydd o addewidion ffug a anfonir o un lle, a'u dileu.",
        kept: "Mae addewid heb ei gadarnhau yn cael ei ddileu ar ôl 30 diwrnod. Mae addewid wedi'i gadarnhau yn cael ei gadw tra bo'r ymgyrch yn rhedeg, neu nes i chi ofyn i ni ei ddileu. Mae'r rhwydwaith yn cael ei anghofio ar ôl 30 diwrnod.",
      },
      sharing: {
        part: 'Rhannu eich dolen',
        what: "Ar ôl i chi gadarnhau eich addewid, cod rhannu o 8 llythyren a rhif ar hap, nad yw'n dweud dim amdanoch chi. Mae'r dolenni rhannu ar y dudalen diolch yn gorffen gydag ef (a chyda'r ffordd y gwnaethoch eu rhannu, fel WhatsApp). Os bydd rhywun yn addo drwy un ohonyn nhw, rydym yn nodi bod ei addewid wedi dod drwy eich cod chi, a sut y cafodd ei rannu.",
        why: "I ddweud wrthych, ar y dudalen diolch ac ar dudalen eich data, faint o bobl a ymunodd drwy eich dolenni, ac i weld pa ffyrdd o rannu sy'n gweithio. Dim ond rhif a welwch, byth pwy ydyn nhw. Mae'r cod yn teithio yn y ddolen a'r ffurflen addo yn unig: dim cwci, dim byd wedi'i storio ym mhorwr neb, dim olrhain. Nid yw addewid drwy eich dolen eich hun yn cyfrif.",
        kept: "Cyhyd ag y cedwir eich addewid. Os bydd y naill neu'r llall ohonoch yn gofyn i ni ddileu eich manylion, neu os caiff y naill addewid neu'r llall ei ddileu fel un ffug, mae'r cysylltiad rhwng y ddau addewid yn mynd, a chod y person hwnnw ei hun hefyd.",
      },
      campaignEmails: {
        part: "Negeseuon e-bost yr ymgyrch (dim ond os ydych yn ticio'r blwch)",
        what: "Eich dewis, a pha bryd y gwnaethoch ei wneud neu ei dynnu'n ôl.",
        why: 'I ddweud wrthych am yr ymgyrch, gan gynnwys pan fydd eich cyngor yn llofnodi.',
        kept: "Nes i chi ddad-danysgrifio, gan ddefnyddio'r ddolen sydd ym mhob e-bost gan yr ymgyrch.",
      },
      letters: {
        part: 'Ysgrifennu at eich cynghorydd',
        what: "Eich enw, eich cyfeiriad e-bost a'ch cod post, a'ch llythyr. Pan fyddwch yn ei gadarnhau, mae'r llythyr yn mynd i gysylltiadau'r cyngor gyda'ch enw a'ch cod post oddi tano a'ch cyfeiriad e-bost fel yr un i ateb iddo. Bythefnos yn ddiweddarach rydym yn gofyn unwaith a atebodd unrhyw un, ac yn cadw eich ateb.",
        why: "I anfon eich llythyr fel eich llythyr chi, fel bod cynghorwyr yn gallu gweld eich bod yn byw yn yr ardal a'ch ateb; i atal unrhyw un rhag ysgrifennu yn eich enw; i gyfyngu pob person i un llythyr yr wythnos i bob cyngor; ac i gyfrif llythyrau ac atebion ar gyfer pob cyngor.",
        kept: "Mae llythyr na chafodd ei gadarnhau yn cael ei ddileu ar ôl 7 diwrnod. Mae llythyr a anfonwyd yn cael ei ddileu ar ôl blwyddyn, neu'n gynt os gofynnwch; mae nifer y llythyrau i bob cyngor yn cael ei chadw, heb enwau.",
      },
      comments: {
        part: 'Rhoi sylw ar bostiad newyddion',
        what: "Eich enw, sy'n cael ei ddangos gyda'ch sylw pan fydd cymedrolwr yn ei gymeradwyo; eich cyfeiriad e-bost, nad yw byth yn cael ei ddangos; a'ch sylw.",
        why: "I ddangos eich sylw o dan y postiad, ac i adael i'r ymgyrch eich ateb yn breifat.",
        kept: "Tra bo'r ymgyrch yn rhedeg, neu nes i chi ofyn i ni ei ddileu; nid yw sylw heb ei gymeradwyo byth yn cael ei ddangos.",
      },
      signing: {
        part: "Llofnodi'r siarter ar ran cyngor",
        what: "Eich enw, teitl eich swydd a'ch cyfeiriad e-bost gwaith, enw eich aelod arweiniol dros wasanaethau plant, a pha fersiwn o'r siarter yr ymrwymoch iddi. Mae eich enw, teitl eich swydd a'r dyddiad yn cael eu cyhoeddi ar dudalen a thystysgrif y cyngor; nid yw eich cyfeiriad e-bost byth.",
        why: "I wirio bod y llofnod yn ddilys cyn ei gyhoeddi, i anfon y dystysgrif a'r ddolen hunanasesu atoch, ac i ddangos pwy a lofnododd.",
        kept: "Mae cais na chafodd ei gadarnhau yn cael ei ddileu wythnos ar ôl i'w ddolen ddod i ben. Mae llofnod a gyhoeddwyd yn rhan o gofnod cyhoeddus y cyngor ac yn cael ei gadw.",
      },
      giving: {
        part: 'Rhoi (cyfrannu arian)',
        what: "Eich cyfeiriad e-bost, y swm, ac a yw'n rhodd unwaith neu'n rhodd fisol. Os ydych yn ychwanegu Cymorth Rhodd: eich teitl, eich enw, enw neu rif eich tŷ a'ch cod post, geiriau'r datganiad y cytunoch iddo a pha bryd. Mae Stripe, sy'n cymryd y taliad, yn cadw manylion eich cerdyn; nid ydyn nhw byth yn ein cyrraedd ni. Gan Stripe rydym yn cadw ei gyfeirnodau ar gyfer y taliad yn unig, ac a gafodd ei ad-dalu neu a fethodd.",
        why: 'I anfon eich derbynneb, i adael i chi newid neu atal rhodd fisol, ac i hawlio Cymorth Rhodd gan Gyllid a Thollau EF (HMRC), sydd angen y manylion hyn.',
        kept: "Rhodd na chafodd ei chwblhau ar dudalen Stripe: 7 diwrnod. Rhodd a gafwyd: 7 mlynedd ar ôl eich taliad olaf, gan fod HMRC yn gofyn i elusennau gadw cofnodion Cymorth Rhodd am 6 blynedd; yna mae eich manylion yn cael eu dileu a dim ond y swm sy'n cael ei gadw. Nid yw gofyn i ni ddileu eich data yn dileu'r cofnodion hyn cyn hynny, oherwydd bod y gyfraith yn gofyn amdanyn nhw.",
      },
      accounts: {
        part: 'Cyfrifon tîm yr ymgyrch',
        what: "Cyfeiriad e-bost a rôl pob aelod o dîm yr ymgyrch, stwnsh (hash) o'u cyfrinair (byth y cyfrinair ei hun), eu sesiynau (stwnsh o'r cwci), ac, os ydyn nhw'n troi mewngofnodi dau gam ymlaen, ei gyfrinach, wedi'i hamgryptio. Mae dolenni i osod cyfrinair newydd yn cael eu hanfon i'w cyfeiriad e-bost eu hunain pan fyddan nhw'n gofyn.",
        why: "Fel mai dim ond tîm yr ymgyrch sy'n gallu gweld ffigurau'r ymgyrch, cymeradwyo llofnodion, cymedroli sylwadau ac anfon e-bost at gefnogwyr, ac i gofnodi mewn log archwilio beth a wnaeth pob un ohonyn nhw.",
        kept: "Mae sesiynau'n dod i ben ar ôl 2 awr heb eu defnyddio, neu ar ôl 12 awr fan bellaf.",
      },
      finding: {
        part: "Dod o hyd i'ch cyngor drwy god post",
        what: "Mae eich cod post yn cael ei anfon i postcodes.io, gwasanaeth cyhoeddus am ddim, i ddod o hyd i'ch cyngor. Nid ydym yn ei storio o'r chwiliad hwn.",
        why: 'I ddangos tudalen eich cyngor i chi.',
        kept: "Nid yw'n cael ei gadw.",
      },
      reports: {
        part: 'Dweud wrthym fod cofnod cyngor yn anghywir',
        what: 'Yr hyn rydych yn ei ysgrifennu ac unrhyw ddolen a roddwch. Dim byd amdanoch chi.',
        why: "Fel bod ymgyrchydd yn gallu gwirio a chywiro'r cofnod.",
        kept: 'Nes bod ymgyrchydd wedi delio ag ef.',
      },
      requests: {
        part: 'Gofyn am eich data, neu am ei ddileu',
        what: 'Pa gyfeiriad a ofynnodd, a pha bryd y defnyddiwyd y ddolen.',
        why: 'I anfon y ddolen atoch chi yn unig, ac i ddangos ein bod wedi gwneud yr hyn a ofynnoch.',
        kept: "Mae'r cyfeiriad yn cael ei ddileu pan ddaw'r ddolen i ben, ddiwrnod ar ôl i chi ofyn, neu cyn gynted ag y caiff eich data ei ddileu; dim ond y ffaith bod cais wedi'i wneud a beth a wnaed rydym yn ei gadw.",
      },
      contact: {
        part: 'Anfon e-bost at dîm yr ymgyrch',
        what: "Eich cyfeiriad e-bost a'r hyn rydych yn ei ysgrifennu.",
        why: "I'ch ateb.",
        kept: "Dwy flynedd o'n hateb olaf, yna caiff ei ddileu.",
      },
    },
    emailsKept:
      "O bob e-bost a anfonwn atoch rydym yn cadw at bwy yr aeth, ei bwnc a pha bryd yr aeth, cyhyd ag y cadwn yr hyn yr oedd yn ymwneud ag ef: caiff ei ddileu gyda'ch addewid heb ei gadarnhau, eich llythyr, eich cais i lofnodi neu eich cofnod fel rhoddwr, neu pan fyddwch yn gofyn i ni ddileu eich data. Mae e-bost sy'n cynnwys dim ond dolen (i reoli rhodd fisol, neu at eich data) yn cael ei ddileu pan ddaw'r ddolen i ben. Nid ydym byth yn cadw testun e-bost, na'r dolenni ynddo, ar ôl iddo gael ei anfon.",
    offline:
      "Os gwnaethoch gofrestru ar bapur, mewn digwyddiad er enghraifft, neu ymuno cyn i'r wefan hon agor, dim ond faint o bobl a gofrestrodd, pa bryd, ac o ba ddeiseb neu restr y daw'r ffigur y mae'r wefan yn ei gadw: byth eich enw nac unrhyw beth arall amdanoch chi.",
    providers:
      "Mae negeseuon e-bost yn cael eu hanfon drwy Resend, ein darparwr e-bost, sy'n ymdrin â nhw dim ond er mwyn eu danfon. Mae taliadau cerdyn yn cael eu cymryd gan Stripe ar ei dudalennau ei hun, o dan ei bolisi preifatrwydd ei hun.",
    sharingHeading: 'Dolenni rhannu',
    sharingLinks:
      "Dolenni cyffredin yw'r dolenni rhannu ar straeon a phostiadau newyddion. Nid oes dim yn cael ei anfon i'r gwasanaethau hynny oni bai eich bod yn dewis dilyn dolen, ac wedyn eu polisïau preifatrwydd eu hunain sy'n berthnasol.",
    rightsHeading: 'Eich hawliau',
    rightsIntro: "O dan gyfraith diogelu data'r DU gallwch ofyn i ni:",
    rights: {
      copy: "am gopi o'r data personol sydd gennym amdanoch;",
      correct: "gywiro unrhyw beth sy'n anghywir;",
      erase: 'ddileu eich data;',
      restrict: "roi'r gorau i ddefnyddio eich data, neu gyfyngu ar sut rydym yn ei ddefnyddio;",
      port: 'am eich data mewn ffurf y gallwch fynd â hi i rywle arall.',
    },
    youCan: 'Gallwch',
    selfService: 'lwytho eich data i lawr neu ei ddileu eich hun',
    selfServiceDetail:
      ": rydym yn anfon dolen i'r cyfeiriad e-bost y gwnaethoch addo neu ysgrifennu at eich cynghorydd ag ef. Neu anfonwch e-bost at",
    complain:
      "; rydym yn ateb o fewn mis. Os ydych yn anhapus â sut rydym wedi trin eich data, gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth (ico.org.uk), er y byddem yn hoffi cael y cyfle i'w gywiro yn gyntaf.",
  },
  request: {
    title: 'Llwytho eich data i lawr neu ei ddileu',
    description: "Cael copi o'r data sydd gennym amdanoch, neu ofyn i ni ei ddileu.",
    sent: (perDay: number) =>
      `Os yw'r cyfeiriad hwnnw wedi addo neu wedi ysgrifennu at gynghorydd, rydym wedi anfon dolen ato i lwytho eich data i lawr neu ei ddileu. Mae'r ddolen yn gweithio am 24 awr. Rydym yn anfon ${perDay} o'r rhain ar y mwyaf i un cyfeiriad bob dydd.`,
    lead: 'Rhowch y cyfeiriad e-bost y gwnaethoch addo neu ysgrifennu at eich cynghorydd ag ef. Byddwn yn anfon dolen ato lle gallwch lwytho i lawr bopeth sydd gennym amdanoch, neu ei ddileu.',
    email: 'Cyfeiriad e-bost',
    button: 'Anfon y ddolen ataf',
  },
  manage: {
    title: 'Eich data',
    description: "Llwytho i lawr neu ddileu'r data sydd gennym amdanoch.",
    erased:
      "Mae eich manylion wedi'u dileu. Dim ond cyfrif dienw bod rhywun wedi addo a gadwyd gennym, fel bod cyfansymiau'r ymgyrch yn aros yn gywir.",
    expired: "Mae'r ddolen hon wedi dod i ben neu wedi'i defnyddio eisoes.",
    askAgain: 'Gofynnwch am un newydd',
    choose: "Dewiswch beth i'w wneud. Mae pob dolen yn gweithio unwaith.",
    shareHeading: 'Eich dolenni rhannu',
    shareDetail:
      "Rydym yn cyfrif y bobl sy'n addo drwy'r dolenni rydych yn eu rhannu, drwy'r cod ar eu diwedd. Dim ond y nifer a welwch, byth pwy ydyn nhw, ac nid oes neb yn cael ei olrhain.",
    downloadHeading: 'Llwytho fy nata i lawr',
    downloadDetail:
      "Ffeil gyda'ch manylion, yr hyn y cytunoch iddo a pha bryd, a'r negeseuon e-bost a anfonwyd atoch.",
    download: 'Llwytho fy nata i lawr',
    deleteHeading: 'Fy nileu i',
    deleteDetail:
      "Rydym yn dileu eich enw, eich cyfeiriad e-bost a'ch cod post, a'r negeseuon e-bost a anfonwyd atoch. Mae eich addewid yn aros yn ein cyfansymiau fel rhif dienw. Ni ellir dadwneud hyn.",
    delete: 'Dileu fy nata',
  },
  unsubscribe: {
    title: 'Atal negeseuon e-bost yr ymgyrch',
    description: 'Atal negeseuon e-bost gan ymgyrch Make Runaways Safe.',
    ask: "Pwyswch y botwm a byddwn yn rhoi'r gorau i anfon negeseuon e-bost atoch am yr ymgyrch.",
    done: "Wedi'i wneud: ni fyddwn yn anfon negeseuon e-bost yr ymgyrch atoch eto. Mae eich addewid yn dal i gyfrif.",
    unknown:
      "Nid yw'r ddolen hon yn gywir. Defnyddiwch y ddolen ar waelod un o'n negeseuon e-bost, neu cysylltwch â ni.",
    button: 'Atal negeseuon e-bost yr ymgyrch',
  },
  email: {
    subject: 'Eich data: ei lwytho i lawr neu ei ddileu',
    asked: "Gofynnoch am gael gweld neu ddileu'r data sydd gennym am y cyfeiriad e-bost hwn.",
    button: 'Llwytho fy nata i lawr neu ei ddileu',
    ignore:
      "Mae'r ddolen yn gweithio am 24 awr. Os na wnaethoch chi ofyn, anwybyddwch yr e-bost hwn ac ni fydd dim yn digwydd.",
  },
};

export const privacyTranslation: TranslationRecord = FIRST_DRAFT;

/** The Welsh of each English problem message the privacy forms can show, keyed by the English. */
export const privacyProblems: Problems = {
  'This link has expired or has already been used. Ask for a new one at /privacy/request.':
    "Mae'r ddolen hon wedi dod i ben neu wedi'i defnyddio eisoes. Gofynnwch am un newydd yn /cy/preifatrwydd/cais.",
  'This link has expired or has already been used. Ask for a new one.':
    "Mae'r ddolen hon wedi dod i ben neu wedi'i defnyddio eisoes. Gofynnwch am un newydd.",
};
