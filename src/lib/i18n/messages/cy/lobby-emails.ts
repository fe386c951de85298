import { plural } from '../../plural.ts';
import { inCouncil, soft } from './lobby-mutations.ts';
import type { Translation } from '../../catalogue-types.ts';
import type { emails as english } from '../en/lobby-emails.ts';

const days = (count: number) =>
  plural('cy', count, {
    one: '# diwrnod',
    two: '# ddiwrnod',
    few: '# diwrnod',
    many: '# diwrnod',
    other: '# diwrnod',
  });

/** The Welsh of the emails a letter's writer gets, and of the Welsh half of a letter's frame. */
export const emails: Translation<typeof english> = {
  confirm: {
    subject: (council: string) => `Cadarnhewch eich llythyr at ${soft(council)}`,
    ready: (council: string) =>
      `Mae'ch llythyr at ${soft(council)} yn barod. Dim ond pan fyddwch chi'n ei gadarnhau y bydd yn mynd:`,
    button: 'Anfon fy llythyr',
    notYou: (count: number) =>
      `Mae'r ddolen yn gweithio am ${days(count)}. Os nad chi ysgrifennodd y llythyr hwn, anwybyddwch yr e-bost hwn a fydd dim byd yn cael ei anfon.`,
  },
  tooSoon: {
    subject: (council: string) => `Eich llythyr at ${soft(council)}`,
    already: (council: string, on: string) =>
      `Mae rhywun, chi mae'n debyg, newydd ysgrifennu llythyr at ${soft(council)} gyda'r cyfeiriad hwn. Ysgrifennoch chi at ${soft(council)} eisoes ar ${on}, felly dydyn ni ddim wedi cadw'r un yma.`,
    onceAWeek: (from: string) =>
      `Er mwyn i lythyrau'r ymgyrch fod yn groeso o hyd, mae pob person yn ysgrifennu at gyngor unwaith yr wythnos ar y mwyaf. Gallwch chi ysgrifennu eto o ${from} ymlaen:`,
    button: 'Ysgrifennu at eich cynghorydd',
    notYou: "Os nad chi a'i hysgrifennodd, anwybyddwch yr e-bost hwn: does dim byd wedi'i anfon.",
  },
  heldExpired: {
    subject: (council: string) => `Allen ni ddim anfon eich llythyr at ${soft(council)}`,
    deleted: (council: string) =>
      `Dri deg diwrnod yn ôl, ysgrifennoch chi at ${soft(council)}. Rydyn ni'n cadw llythyrau nes y byddwn ni wedi gwirio pwy ddylai eu cael, a dydyn ni ddim wedi gallu gwirio neb ${inCouncil(council)} eto, felly dydy'ch llythyr ddim wedi'i anfon, ac rydyn ni bellach wedi'i ddileu.`,
    sorry: (council: string) =>
      `Mae'n ddrwg gennym ni. Gallwch chi ychwanegu'ch enw o hyd, er mwyn i'ch cefnogaeth gyfrif ${inCouncil(council)}:`,
    button: "Ychwanegu'ch enw",
  },
  followUp: {
    subject: (council: string) => `A atebodd ${council} eich llythyr?`,
    asked: (council: string) =>
      `Bythefnos yn ôl, ysgrifennoch chi at ${soft(council)} am Siarter y Plant sy'n Rhedeg i Ffwrdd. Ydy unrhyw un wedi ateb? Mae gwybod pa gynghorau sy'n ateb yn ein helpu i benderfynu ble i bwyso nesaf.`,
    once: "Dim ond unwaith rydyn ni'n gofyn hyn. Os daw ateb yn nes ymlaen, gallwch chi ddefnyddio'r un dolenni.",
  },
  frame: {
    onBehalf: (writer: string) =>
      `Anfonwyd ar ran ${writer}, drwy ymgyrch Make Runaways Safe. Atebwch yr e-bost hwn i ateb yn uniongyrchol.`,
    writer: (name: string, postcode: string, where: string) =>
      `${name}; rydyn ni wedi gwirio bod y cod post (${postcode}) ${where}`,
    wardOf: (ward: string, council: string) => `yn ardal ${ward}, ${council}`,
    councilOnly: (council: string) => inCouncil(council),
    signed: (council: string, when: string) =>
      `Mae ${council} wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd${when}`,
    pledged: (council: string) =>
      `Mae ${council} wedi dweud y bydd yn llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd, a dydy e ddim wedi llofnodi eto`,
    notSigned: (council: string) =>
      `Dydy ${council} ddim wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd`,
    record: 'Ei gofnod, gyda ffynonellau:',
    fourSteps: "Mae'r siarter yn gofyn i bob cyngor gymryd pedwar cam:",
    steps: [
      "Cyfrif pob plentyn sy'n rhedeg i ffwrdd o'i gartref neu o ofal.",
      'Meddwl pam y rhedodd.',
      'Gweithredu pan fydd yn dod yn ôl, gyda chyfweliad dychwelyd annibynnol.',
      "Atal hyn rhag digwydd eto, gan weithio gyda'r heddlu, ysgolion a gwasanaethau iechyd.",
    ],
    officer: (council: string) => `Gall swyddog lofnodi ar ran ${council} yma:`,
  },
  copy: (names: string) =>
    `Dyma gopi o'r llythyr a anfonoch chi at ${names} drwy Make Runaways Safe. Daw eu hatebion yn syth atoch chi.`,
};
