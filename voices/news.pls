<?xml version="1.0" encoding="UTF-8"?>
<!-- People in the news whose names engines misread. Aliases are respellings checked with
     espeak-ng (en-us, IPA output); phonemes are the IPA espeak-ng gives for the alias
     (or the name, when espeak-ng already says it right), usable by Piper as [[ ... ]]. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="ipa" xml:lang="en-US">
  <lexeme>  <!-- Ukraine's president -->
    <grapheme>Zelenskyy</grapheme>
    <grapheme>Zelenskiy</grapheme>
    <alias>Zelensky</alias>
    <phoneme>zɛlˈɛnski</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Zelensky</grapheme>
    <phoneme>zɛlˈɛnski</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Volodymyr</grapheme>
    <alias>Volo-dee-meer</alias>
    <phoneme>vˈoʊloʊdˈiːmˈɪɹ</phoneme>
  </lexeme>
  <lexeme>  <!-- espeak says 'pew-tin' -->
    <grapheme>Putin</grapheme>
    <alias>Pootin</alias>
    <phoneme>pˈuːtɪn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Kim Jong Un</grapheme>
    <grapheme>Kim Jong-un</grapheme>
    <grapheme>Kim Jong-Un</grapheme>
    <alias>Kim Jong Oon</alias>
    <phoneme>kˈɪm dʒˈɑːŋ ˈuːn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Kim Yo Jong</grapheme>
    <grapheme>Kim Yo-jong</grapheme>
    <phoneme>kˈɪm jˈoʊ dʒˈɑːŋ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Minyoung</grapheme>
    <alias>Min Young</alias>
    <phoneme>mˈɪn jˈʌŋ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Ghazouani</grapheme>
    <alias>Ghazwani</alias>
    <phoneme>ɡɑːzwˈɑːni</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Shoigu</grapheme>
    <phoneme>ʃˈɔɪɡuː</phoneme>
  </lexeme>
  <lexeme>  <!-- espeak says 'zye' -->
    <grapheme>Xi Jinping</grapheme>
    <alias>Shee Jinping</alias>
    <phoneme>ʃˈiː dʒˈɪnpɪŋ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Xi</grapheme>
    <alias>Shee</alias>
    <phoneme>ʃˈiː</phoneme>
  </lexeme>
  <lexeme>  <!-- the soft g is silent -->
    <grapheme>Erdoğan</grapheme>
    <grapheme>Erdogan</grapheme>
    <alias>Airdo-ahn</alias>
    <phoneme>ˈɛɹdoʊˈɑːn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Netanyahu</grapheme>
    <phoneme>nˌɛtɐnɪˈɑːhuː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Macron</grapheme>
    <alias>Mah-crohn</alias>
    <phoneme>mˈɑːkɹˈoʊn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Scholz</grapheme>
    <alias>Sholts</alias>
    <phoneme>ʃˈoʊlts</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Modi</grapheme>
    <phoneme>mˈoʊdi</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Lula</grapheme>
    <phoneme>lˈuːlə</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Sheinbaum</grapheme>
    <phoneme>ʃˈeɪnbaʊm</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Starmer</grapheme>
    <phoneme>stˈɑːɹmɚ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Khamenei</grapheme>
    <phoneme>kˈɑːmənˌeɪ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Pezeshkian</grapheme>
    <alias>Pezesh-kee-ahn</alias>
    <phoneme>pˈɛzɛʃkˈiːˈɑːn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Sinwar</grapheme>
    <phoneme>sˈɪnwɔːɹ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Haniyeh</grapheme>
    <alias>Haniyah</alias>
    <phoneme>hˈænɪjə</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Nasrallah</grapheme>
    <phoneme>nˈæsɹælə</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Orbán</grapheme>
    <grapheme>Orban</grapheme>
    <alias>Or-bahn</alias>
    <phoneme>ɔːɹbˈɑːn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Meloni</grapheme>
    <phoneme>mɛlˈoʊni</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Milei</grapheme>
    <alias>Mee-lay</alias>
    <phoneme>mˈiːlˈeɪ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Trudeau</grapheme>
    <phoneme>tɹˈuːdoʊ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Medvedev</grapheme>
    <phoneme>mˈɛdvɪdˌɛv</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Lavrov</grapheme>
    <phoneme>lˈævɹɑːv</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Peskov</grapheme>
    <phoneme>pˈɛskɑːv</phoneme>
  </lexeme>
  <lexeme>  <!-- hard g -->
    <grapheme>Gerasimov</grapheme>
    <alias>Gherah-seemov</alias>
    <phoneme>ɡˈɛɹəsˈiːmɑːv</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Navalny</grapheme>
    <alias>Nuh-vahl-nee</alias>
    <phoneme>nˈʌvˈɑːlnˈiː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Prigozhin</grapheme>
    <alias>Prigo-zhin</alias>
    <phoneme>pɹˈiːɡoʊʒˈɪn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Yoon Suk Yeol</grapheme>
    <grapheme>Yoon Suk-yeol</grapheme>
    <alias>Yoon Sook Yol</alias>
    <phoneme>jˈuːn sˈʊk jˈɑːl</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Guterres</grapheme>
    <alias>Goo-terresh</alias>
    <phoneme>ɡˈuːtˈɛɹɛʃ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Tedros</grapheme>
    <alias>Tedross</alias>
    <phoneme>tˈɛdɹɔs</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Stoltenberg</grapheme>
    <phoneme>stˈoʊltənbˌɜːɡ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Rutte</grapheme>
    <alias>Rutta</alias>
    <phoneme>ɹˈʌɾə</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Kallas</grapheme>
    <alias>Kah-lass</alias>
    <phoneme>kˈɑːlˈæs</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>von der Leyen</grapheme>
    <alias>von der Lyen</alias>
    <phoneme>vˈɑːn dˈɛɹ lˈaɪən</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Wang Yi</grapheme>
    <alias>Wahng Yee</alias>
    <phoneme>wˈɑːŋ jˈiː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Li Qiang</grapheme>
    <alias>Lee Chiang</alias>
    <phoneme>lˈiː tʃjˈæŋ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Lai Ching-te</grapheme>
    <alias>Lie Ching-deh</alias>
    <phoneme>lˈaɪ tʃˈɪŋdˈeɪ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Nguyen</grapheme>
    <alias>Win</alias>
    <phoneme>wˈɪn</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Frolova</grapheme>
    <alias>Fro-lova</alias>
    <phoneme>fɹˈoʊlˈʌvə</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Shipenkov</grapheme>
    <alias>Shih-pen-kov</alias>
    <phoneme>ʃˈɪpˈɛŋkˈɑːv</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Garanich</grapheme>
    <alias>Gah-rah-nich</alias>
    <phoneme>ɡˈɑːɹˈɑːnˈɪʃ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Budanov</grapheme>
    <alias>Boo-dah-nov</alias>
    <phoneme>bˈuːdˈɑːnˈɑːv</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Umerov</grapheme>
    <alias>Oo-meh-rov</alias>
    <phoneme>ˈuːmˈɛɹˈɑːv</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Kuleba</grapheme>
    <alias>Koo-leh-ba</alias>
    <phoneme>kˈuːlˈeɪbˈɑː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Sybiha</grapheme>
    <alias>Sih-bee-ha</alias>
    <phoneme>sˈɪbˈiːhˈɑː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Syrskyi</grapheme>
    <grapheme>Syrsky</grapheme>
    <alias>Seer-skee</alias>
    <phoneme>sˈiːɚskˈiː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Oleksandr</grapheme>
    <alias>Oh-lek-sandr</alias>
    <phoneme>ˈoʊlˈɛksˈændɚ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Kishida</grapheme>
    <alias>Kee-shee-da</alias>
    <phoneme>kˈiːʃˈiːdˈɑː</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Klitschko</grapheme>
    <phoneme>klˈɪtʃkoʊ</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Ishiba</grapheme>
    <phoneme>ɪʃˈiːbə</phoneme>
  </lexeme>
</lexicon>
