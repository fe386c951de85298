import type { Problems } from '../../catalogue-types.ts';

/** The Welsh of each English problem message this area's forms can show, keyed by the English. */
export const lobbyProblems: Problems = {
  'Enter your postcode': 'Rhowch eich cod post',
  'Enter your full postcode, like SW1A 1AA: councillors answer the people they represent':
    'Rhowch eich cod post llawn, fel CF10 1AA: mae cynghorwyr yn ateb y bobl maen nhw’n eu cynrychioli',
  'Enter a subject': 'Rhowch bwnc',
  'Keep the subject to 150 characters or fewer': 'Cadwch y pwnc i 150 nod neu lai',
  'Write a few sentences in your own words':
    'Ysgrifennwch ychydig o frawddegau yn eich geiriau eich hun',
  'Write at least 50 characters in your own words: say why this matters to you':
    'Ysgrifennwch o leiaf 50 nod yn eich geiriau eich hun: dywedwch pam mae hyn yn bwysig i chi',
  'This part repeats the suggested letter. Tell your councillor, in your own words, why this matters to you.':
    'Mae’r rhan hon yn ailadrodd y llythyr a awgrymwyd. Dywedwch wrth eich cynghorydd, yn eich geiriau eich hun, pam mae hyn yn bwysig i chi.',
  'We have had a lot of letters to check from your connection in the last hour. Please try again later; your letter is still here.':
    'Rydyn ni wedi cael llawer o lythyrau i’w gwirio o’ch cysylltiad chi yn ystod yr awr ddiwethaf. Rhowch gynnig arall yn nes ymlaen; mae’ch llythyr yma o hyd.',
  'We have had a lot of letters from your connection in the last hour. Please try again later; your letter is still here.':
    'Rydyn ni wedi cael llawer o lythyrau o’ch cysylltiad chi yn ystod yr awr ddiwethaf. Rhowch gynnig arall yn nes ymlaen; mae’ch llythyr yma o hyd.',
  'We do not recognise this link. Check you used the whole link from our email, or reply to that email instead.':
    'Dydyn ni ddim yn adnabod y ddolen hon. Gwiriwch eich bod wedi defnyddio’r ddolen gyfan o’n e-bost, neu atebwch yr e-bost hwnnw yn lle hynny.',
};

/** The one problem that carries a count: the letter's length, said in Welsh with its figures. */
export const letterTooLong = (max: string, length: string) =>
  `Rhaid i’ch llythyr fod yn ${max} nod neu lai; mae’n ${length}. Byrhewch y llythyr a awgrymwyd neu eich geiriau eich hun.`;
