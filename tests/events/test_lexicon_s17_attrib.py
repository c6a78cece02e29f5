"""Who did it to whom (session 17, attrib): a grid of attribution constructions in English and
Indonesian — active and passive voice (with and without an agent, with a thing as subject), act
nouns with a possessor or a "by"/"oleh" agent, reported speech, relative clauses, appositives,
coordination, "between", joint subjects, "told Y that", "urged Y to", "with"/"bersama", "on
behalf of", a target told in the sentence before, and sentences naming three or more states.

Every sentence here is written for warta's tests (Apache-2.0), none is copied from news text. Each
grid row: (family, text, event, actor, recipient); recipient "-" = none, "~X" = the two parties in
either order (a symmetric act); "A|B" in event = either type (the grid tests parties, not types).
All rows are dated 2015-06-10 (the office-holders of that day).

The grid is measured as a share: the coder found the expected (type, actor, recipient) in 0.89 of
the English rows and 0.86 of the Indonesian before this session's changes (and gave 7 + 7 rows an
event of the type with the wrong parties); the shares below hold the gain. Then one test per
mechanism changed, with near misses that must keep their parties.
"""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

PUB_DATE = "2015-06-10"
english = partial(coded_in, "en", pub_date=PUB_DATE)
indonesian = partial(coded_in, "id", pub_date=PUB_DATE)

EN = [
    # active SVO
    ("svo", "Russia accused Ukraine of shelling civilians in Donetsk.", "ACCUSE", "RUS", "UKR"),
    ("svo", "China condemned Japan over the visit to the Yasukuni shrine.", "ACCUSE", "CHN", "JPN"),
    ("svo", "Vietnam protested to China over the oil rig.", "ACCUSE", "VNM", "CHN"),
    ("svo", "Obama met Modi in Washington on Monday.", "CONSULT", "USA", "IND"),
    ("svo", "Lavrov visited Beijing last week.", "CONSULT", "RUS", "CHN"),
    ("svo", "The European Union imposed new sanctions on Russia.", "SANCTION", "EUR", "RUS"),
    ("svo", "Turkey shot down a Russian warplane near the Syrian border.", "ASSAULT", "TUR", "RUS"),
    ("svo", "Japan praised Indonesia for its role in the talks.", "SUPPORT", "JPN", "IDN"),
    ("svo", "Saudi Arabia threatened Iran with retaliation.", "THREATEN", "SAU", "IRN"),
    ("svo", "Pakistan rejected India's offer of talks.", "REJECT", "PAK", "IND"),
    ("svo", "Kerry urged Israel to halt settlement construction.", "REQUEST", "USA", "ISR"),
    ("svo", "Germany sent humanitarian aid to Greece.", "AID", "DEU", "GRC"),
    ("svo", "India expelled a Pakistani diplomat on Thursday.", "SANCTION", "IND", "PAK"),
    ("svo", "Malaysian police arrested three Indonesian workers.", "COERCE", "MYS", "IDN"),
    ("svo", "Australia apologised to Indonesia for the border incursion.", "CONCEDE", "AUS", "IDN"),
    ("svo", "North Korea fired artillery shells at South Korea.", "ASSAULT", "PRK", "KOR"),
    ("svo", "Egypt criticised Qatar for supporting the Muslim Brotherhood.", "ACCUSE", "EGY", "QAT"),
    ("svo", "Indonesia summoned the Brazilian ambassador on Tuesday.", "ACCUSE", "IDN", "BRA"),
    # passive with an agent
    ("passive_agent", "Ukraine was accused by Russia of shelling civilians.", "ACCUSE", "RUS", "UKR"),
    ("passive_agent", "Japan was condemned by China over the shrine visit.", "ACCUSE", "CHN", "JPN"),
    ("passive_agent", "Three Indonesian workers were arrested by Malaysian police.", "COERCE", "MYS", "IDN"),
    ("passive_agent", "A Russian warplane was shot down by Turkey.", "ASSAULT", "TUR", "RUS"),
    ("passive_agent", "New sanctions were imposed on Russia by the European Union.", "SANCTION", "EUR", "RUS"),
    ("passive_agent", "Israel was urged by the United States to halt settlements.", "REQUEST", "USA", "ISR"),
    ("passive_agent", "A Pakistani diplomat was expelled by India.", "SANCTION", "IND", "PAK"),
    ("passive_agent", "South Korean border posts were shelled by North Korea.", "ASSAULT", "PRK", "KOR"),
    ("passive_agent", "Iran was threatened by Saudi Arabia with retaliation.", "THREATEN", "SAU", "IRN"),
    ("passive_agent", "Indonesia was praised by Japan for its role.", "SUPPORT", "JPN", "IDN"),
    ("passive_agent", "Qatar has been criticised by Egypt for backing the Brotherhood.", "ACCUSE", "EGY", "QAT"),
    ("passive_agent", "Chinese fishermen were detained by the Indonesian navy.", "COERCE", "IDN", "CHN"),
    # passive with a thing as subject
    ("passive_thing", "The Chinese proposal was rejected by Vietnam.", "REJECT", "VNM", "CHN"),
    ("passive_thing", "The ruling was rejected by Beijing.", "REJECT", "CHN", "-"),
    ("passive_thing", "India's offer of talks was rejected by Pakistan.", "REJECT", "PAK", "IND"),
    ("passive_thing", "The Russian plan was welcomed by Syria.", "SUPPORT|AGREE", "SYR", "RUS"),
    ("passive_thing", "The American statement was criticised by Iran.", "ACCUSE", "IRN", "USA"),
    ("passive_thing", "The Japanese request was turned down by South Korea.", "REJECT", "KOR", "JPN"),
    ("passive_thing", "Iran's nuclear programme was denounced by Israel.", "ACCUSE", "ISR", "IRN"),
    ("passive_thing", "The verdict was condemned by Australia.", "ACCUSE", "AUS", "-"),
    ("passive_thing", "The Indonesian offer was welcomed by Malaysia.", "SUPPORT|AGREE", "MYS", "IDN"),
    # nominalisation
    ("nominal", "Israel's attack on Gaza drew wide criticism.", "ASSAULT", "ISR", "PSE"),
    (
        "nominal",
        "The arrest of five Vietnamese fishermen by the Indonesian navy angered Hanoi.",
        "COERCE",
        "IDN",
        "VNM",
    ),
    ("nominal", "Putin's visit to Beijing ended on Friday.", "CONSULT", "RUS", "CHN"),
    ("nominal", "The expulsion of two Russian diplomats by Britain was announced on Monday.", "SANCTION", "GBR", "RUS"),
    ("nominal", "Turkey's downing of a Russian jet raised tensions.", "ASSAULT", "TUR", "RUS"),
    ("nominal", "The visit by Abe to Jakarta lasted two days.", "CONSULT", "JPN", "IDN"),
    ("nominal", "The detention of Indonesian workers by Malaysian police drew protests.", "COERCE", "MYS", "IDN"),
    ("nominal", "Saudi Arabia's airstrikes on Yemen continued on Tuesday.", "ASSAULT", "SAU", "YEM"),
    ("nominal", "China's criticism of Japan grew sharper this week.", "ACCUSE", "CHN", "JPN"),
    ("nominal", "The shelling of Ukrainian positions by Russian troops went on overnight.", "ASSAULT", "RUS", "UKR"),
    # reported speech
    (
        "speech",
        "Russia is violating the ceasefire, Ukrainian Foreign Minister Pavlo Klimkin said.",
        "ACCUSE",
        "UKR",
        "RUS",
    ),
    (
        "speech",
        "Ukrainian Foreign Minister Pavlo Klimkin said Russia was violating the ceasefire.",
        "ACCUSE",
        "UKR",
        "RUS",
    ),
    (
        "speech",
        '"We condemn the Israeli raid," said Indonesian Foreign Minister Retno Marsudi.',
        "ACCUSE",
        "IDN",
        "ISR",
    ),
    (
        "speech",
        "Iran supports terrorism in the region, Saudi Foreign Minister Adel al-Jubeir said.",
        "ACCUSE",
        "SAU",
        "IRN",
    ),
    (
        "speech",
        "Japan must apologise for its wartime past, South Korean President Park Geun-hye said.",
        "REQUEST",
        "KOR",
        "JPN",
    ),
    ("speech", "The United States praised Indonesia's elections, the State Department said.", "SUPPORT", "USA", "IDN"),
    ("speech", "Kerry told reporters that Iran had violated the agreement.", "ACCUSE", "USA", "IRN"),
    (
        "speech",
        "China strongly opposes the Japanese plan, a Chinese foreign ministry spokesman said.",
        "ACCUSE",
        "CHN",
        "JPN",
    ),
    ("speech", "Lavrov said Moscow condemned the Ukrainian offensive.", "ACCUSE", "RUS", "UKR"),
    (
        "speech",
        "The Philippines accused China of bullying, Philippine officials said on Monday.",
        "ACCUSE",
        "PHL",
        "CHN",
    ),
    # relative clauses
    ("relative", "Russia, which accused Ukraine of shelling civilians, called for talks.", "ACCUSE", "RUS", "UKR"),
    ("relative", "Egypt, which criticised Qatar last month, recalled its ambassador.", "ACCUSE", "EGY", "QAT"),
    (
        "relative",
        "The Vietnamese fishermen who were arrested by Indonesia were released on Friday.",
        "COERCE",
        "IDN",
        "VNM",
    ),
    ("relative", "Turkey, which shot down a Russian jet, refused to apologise.", "ASSAULT", "TUR", "RUS"),
    ("relative", "The sanctions that the EU imposed on Russia hurt its economy.", "SANCTION", "EUR", "RUS"),
    ("relative", "Obama, who met Abe on Tuesday, praised Japan's role.", "SUPPORT", "USA", "JPN"),
    ("relative", "India, which expelled a Pakistani diplomat, said he was a spy.", "SANCTION", "IND", "PAK"),
    ("relative", "Israel, whose troops raided Gaza, rejected the UN report.", "REJECT", "ISR", "UNO"),
    # appositives
    (
        "apposition",
        "Japan, America's closest ally in Asia, condemned North Korea's missile test.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    ("apposition", "Saudi Arabia, Iran's main rival, accused Tehran of arming the Houthis.", "ACCUSE", "SAU", "IRN"),
    ("apposition", "Pakistan, a long-time ally of China, praised Beijing's investment plan.", "SUPPORT", "PAK", "CHN"),
    ("apposition", "Sergei Lavrov, the Russian foreign minister, criticised Washington.", "ACCUSE", "RUS", "USA"),
    (
        "apposition",
        "Retno Marsudi, Indonesia's foreign minister, met her Australian counterpart Julie Bishop.",
        "CONSULT",
        "IDN",
        "AUS",
    ),
    ("apposition", "Vietnam, a rival claimant with the Philippines, protested to China.", "ACCUSE", "VNM", "CHN"),
    ("apposition", "Turkey, a NATO member, accused Russia of violating its airspace.", "ACCUSE", "TUR", "RUS"),
    # coordination
    ("coordination", "The United States and Japan condemned North Korea's nuclear test.", "ACCUSE", "USA", "PRK"),
    ("coordination", "The United States and Japan condemned North Korea's nuclear test.", "ACCUSE", "JPN", "PRK"),
    ("coordination", "China criticised the United States and Japan.", "ACCUSE", "CHN", "USA"),
    ("coordination", "China criticised the United States and Japan.", "ACCUSE", "CHN", "JPN"),
    ("coordination", "Britain, France and Germany urged Iran to comply.", "REQUEST", "FRA", "IRN"),
    ("coordination", "Russia sent aid to Syria and Iraq.", "AID", "RUS", "IRQ"),
    ("coordination", "Malaysia and Indonesia protested to China over the incursion.", "ACCUSE", "IDN", "CHN"),
    ("coordination", "Australia condemned Indonesia and vowed to recall its ambassador.", "ACCUSE", "AUS", "IDN"),
    # between
    ("between", "Talks between Iran and the United States resumed in Geneva.", "CONSULT", "IRN", "~USA"),
    ("between", "Clashes between Indian and Pakistani troops killed two soldiers.", "ASSAULT", "IND", "~PAK"),
    ("between", "Turkey condemned the fighting between Armenia and Azerbaijan.", "ACCUSE", "TUR", "ARM"),
    ("between", "The meeting between Abe and Park was cordial.", "CONSULT", "JPN", "~KOR"),
    # X and Y agreed / met
    ("joint", "Indonesia and Australia agreed to resume military cooperation.", "AGREE", "IDN", "~AUS"),
    ("joint", "Obama and Putin met briefly in Paris.", "CONSULT", "USA", "~RUS"),
    ("joint", "Japan and China held talks in Tokyo.", "CONSULT", "JPN", "~CHN"),
    ("joint", "India and Bangladesh signed a border agreement on Saturday.", "SUPPORT", "IND", "~BGD"),
    ("joint", "The foreign ministers of Egypt and Jordan met in Amman.", "CONSULT", "EGY", "~JOR"),
    # X told Y that
    ("told", "Modi told Sharif that Pakistan must stop the shelling of Indian villages.", "REQUEST", "IND", "PAK"),
    ("told", "Lavrov told Kerry that Moscow rejected the plan.", "REJECT", "RUS", "USA"),
    ("told", "Xi told Abe that Japan must apologise for the war.", "REQUEST", "CHN", "JPN"),
    ("told", "Kerry told Zarif that Washington would not accept delays.", "REJECT", "USA", "IRN"),
    # X urged / asked Y to
    ("urge", "China urged Japan to respect history.", "REQUEST", "CHN", "JPN"),
    ("urge", "The United Nations urged Myanmar to protect the Rohingya.", "REQUEST", "UNO", "MMR"),
    ("urge", "Indonesia called on Israel to stop the attacks.", "REQUEST", "IDN", "ISR"),
    ("urge", "Merkel urged Putin to withdraw troops from Ukraine.", "REQUEST", "DEU", "RUS"),
    ("urge", "Washington pressed Beijing to release the activists.", "REQUEST", "USA", "CHN"),
    ("urge", "Japan asked China to halt its island building.", "REQUEST", "JPN", "CHN"),
    ("urge", "Britain demanded that Russia hand over the suspects.", "REQUEST", "GBR", "RUS"),
    # X with Y
    ("with", "Indonesia held joint naval exercises with Australia.", "COOPERATE", "IDN", "AUS"),
    ("with", "Japan signed a defence pact with the Philippines.", "SUPPORT", "JPN", "PHL"),
    ("with", "Lavrov held talks with Kerry in Sochi.", "CONSULT", "RUS", "USA"),
    ("with", "Iran reached an agreement with Iraq on border security.", "AGREE|SUPPORT", "IRN", "IRQ"),
    # on behalf of
    ("behalf", "Switzerland delivered a protest to Iran on behalf of the United States.", "ACCUSE", "USA", "IRN"),
    ("behalf", "On behalf of Indonesia, Retno Marsudi condemned the Israeli raid.", "ACCUSE", "IDN", "ISR"),
    # recipient in the sentence before
    (
        "two_sentences",
        "Chinese coast guard ships entered Indonesian waters near Natuna. Jakarta protested on Tuesday.",
        "ACCUSE",
        "IDN",
        "CHN",
    ),
    (
        "two_sentences",
        "North Korea tested a ballistic missile on Sunday. Japan condemned the launch.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    (
        "two_sentences",
        "Israel demolished Palestinian homes in the West Bank. The European Union criticised the demolitions.",
        "ACCUSE",
        "EUR",
        "ISR",
    ),
    (
        "two_sentences",
        "Russian jets bombed rebel towns in Syria. Turkey condemned the strikes.",
        "ACCUSE",
        "TUR",
        "RUS",
    ),
    # three or more states
    (
        "three_states",
        "Japan urged China to stop building islands claimed by Vietnam and the Philippines.",
        "REQUEST",
        "JPN",
        "CHN",
    ),
    ("three_states", "Russia accused the United States of funding rebels in Syria.", "ACCUSE", "RUS", "USA"),
    ("three_states", "India protested to China over a road through Pakistan.", "ACCUSE", "IND", "CHN"),
    ("three_states", "Indonesia condemned the Israeli raid on a Turkish aid ship.", "ACCUSE", "IDN", "ISR"),
    ("three_states", "Indonesia condemned the Israeli raid on a Turkish aid ship.", "ASSAULT", "ISR", "TUR"),
    ("three_states", "At a meeting in Paris, Germany criticised Greece for its reform plan.", "ACCUSE", "DEU", "GRC"),
    (
        "three_states",
        "In Tokyo, Australian Prime Minister Tony Abbott praised India's economic reforms.",
        "SUPPORT",
        "AUS",
        "IND",
    ),
    ("three_states", "Egypt condemned the Turkish and Qatari support for the Brotherhood.", "ACCUSE", "EGY", "TUR"),
    # harder: time words, counterparts, hosts, pronouns and "both countries", headlines, "by"-nouns
    ("svo", "Russia on Monday accused the United States of meddling in its elections.", "ACCUSE", "RUS", "USA"),
    (
        "svo",
        "Russian President Vladimir Putin on Tuesday met Chinese President Xi Jinping in Moscow.",
        "CONSULT",
        "CHN",
        "~RUS",
    ),
    ("svo", "Kerry met his Russian counterpart in Geneva.", "CONSULT", "USA", "RUS"),
    ("svo", "Retno Marsudi met her Malaysian counterpart Anifah Aman in Jakarta.", "CONSULT", "MYS", "~IDN"),
    ("svo", "Indonesia's foreign ministry summoned the Australian ambassador.", "ACCUSE", "IDN", "AUS"),
    ("svo", "Ukraine accused Russia of sending troops to Crimea.", "ACCUSE", "UKR", "RUS"),
    ("svo", "Turkey accused Syria of shelling Turkish villages.", "ACCUSE", "TUR", "SYR"),
    ("svo", "North Korea threatened to attack South Korea and the United States.", "THREATEN", "PRK", "KOR"),
    ("headline", "China slams Japan over shrine visit", "ACCUSE", "CHN", "JPN"),
    ("headline", "Indonesia summons Brazilian envoy over execution row", "ACCUSE", "IDN", "BRA"),
    ("headline", "US urges Russia to withdraw troops from Ukraine border", "REQUEST", "USA", "RUS"),
    ("headline", "Japan protests to China over gas field", "ACCUSE", "JPN", "CHN"),
    ("headline", "Malaysia arrests 12 Indonesian fishermen", "COERCE", "MYS", "IDN"),
    ("nominal", "The attack by Russian jets on Aleppo killed dozens.", "ASSAULT", "RUS", "SYR"),
    ("nominal", "Obama's meeting with Modi lasted an hour.", "CONSULT", "USA", "IND"),
    ("nominal", "Beijing's protest to Tokyo came a day later.", "ACCUSE", "CHN", "JPN"),
    ("nominal", "Washington welcomed the release of two American journalists by North Korea.", "RETREAT", "PRK", "USA"),
    (
        "speech",
        "According to Foreign Minister Retno Marsudi, Israel has violated international law.",
        "ACCUSE",
        "IDN",
        "ISR",
    ),
    ("speech", "Washington said Moscow had violated the missile treaty.", "ACCUSE", "USA", "RUS"),
    (
        "speech",
        "The Chinese foreign ministry said it firmly opposed the American arms sale to Taiwan.",
        "ACCUSE",
        "CHN",
        "USA",
    ),
    ("speech", '"We reject the ruling," Chinese foreign ministry spokeswoman Hua Chunying said.', "REJECT", "CHN", "-"),
    (
        "two_sentences",
        "Lavrov arrived in Beijing on Monday. He criticised Washington over its missile shield.",
        "ACCUSE",
        "RUS",
        "USA",
    ),
    (
        "two_sentences",
        "Japan and South Korea held talks in Seoul. Both countries condemned North Korea's missile launch.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    (
        "two_sentences",
        "Vietnamese fishermen were detained near the Paracels on Monday. Hanoi blamed China.",
        "ACCUSE",
        "VNM",
        "CHN",
    ),
    ("joint", "India and Pakistan traded accusations over the ceasefire violations.", "ACCUSE", "IND", "~PAK"),
    ("joint", "Najib Razak and Joko Widodo met in Putrajaya on Friday.", "CONSULT", "IDN", "MYS"),
    ("three_states", "Iran accused Saudi Arabia of bombing its embassy in Yemen.", "ACCUSE", "IRN", "SAU"),
    ("three_states", "Pakistan accused India of backing militants in Afghanistan.", "ACCUSE", "PAK", "IND"),
    ("three_states", "The United States criticised China for its support of North Korea.", "ACCUSE", "USA", "CHN"),
    ("three_states", "Germany praised Turkey for hosting Syrian refugees.", "SUPPORT", "DEU", "TUR"),
]

ID = [
    # active SVO
    ("svo", "Rusia menuduh Ukraina menembaki warga sipil di Donetsk.", "ACCUSE", "RUS", "UKR"),
    ("svo", "Tiongkok mengecam Jepang atas kunjungan ke kuil Yasukuni.", "ACCUSE", "CHN", "JPN"),
    ("svo", "Vietnam memprotes China soal anjungan minyak itu.", "ACCUSE", "VNM", "CHN"),
    ("svo", "Obama bertemu Modi di Washington pada Senin.", "CONSULT", "USA", "IND"),
    ("svo", "Lavrov mengunjungi Beijing pekan lalu.", "CONSULT", "RUS", "CHN"),
    ("svo", "Uni Eropa menjatuhkan sanksi baru terhadap Rusia.", "SANCTION", "EUR", "RUS"),
    ("svo", "Turki menembak jatuh pesawat tempur Rusia di dekat perbatasan Suriah.", "ASSAULT", "TUR", "RUS"),
    ("svo", "Jepang memuji Indonesia atas perannya dalam perundingan.", "SUPPORT", "JPN", "IDN"),
    ("svo", "Arab Saudi mengancam Iran dengan pembalasan.", "THREATEN", "SAU", "IRN"),
    ("svo", "Pakistan menolak tawaran perundingan dari India.", "REJECT", "PAK", "IND"),
    ("svo", "Kerry mendesak Israel menghentikan pembangunan permukiman.", "REQUEST", "USA", "ISR"),
    ("svo", "Jerman mengirim bantuan kemanusiaan ke Yunani.", "AID", "DEU", "GRC"),
    ("svo", "India mengusir seorang diplomat Pakistan pada Kamis.", "SANCTION", "IND", "PAK"),
    ("svo", "Polisi Malaysia menangkap tiga pekerja Indonesia.", "COERCE", "MYS", "IDN"),
    ("svo", "Australia meminta maaf kepada Indonesia atas pelanggaran perbatasan.", "CONCEDE", "AUS", "IDN"),
    ("svo", "Korea Utara menembakkan peluru artileri ke Korea Selatan.", "ASSAULT", "PRK", "KOR"),
    ("svo", "Mesir mengkritik Qatar karena mendukung Ikhwanul Muslimin.", "ACCUSE", "EGY", "QAT"),
    ("svo", "Indonesia memanggil Duta Besar Brasil pada Selasa.", "ACCUSE", "IDN", "BRA"),
    # passive with an agent
    ("passive_agent", "Ukraina dituduh oleh Rusia menembaki warga sipil.", "ACCUSE", "RUS", "UKR"),
    ("passive_agent", "Jepang dikecam oleh Tiongkok atas kunjungan ke kuil itu.", "ACCUSE", "CHN", "JPN"),
    ("passive_agent", "Tiga pekerja Indonesia ditangkap oleh polisi Malaysia.", "COERCE", "MYS", "IDN"),
    ("passive_agent", "Sebuah pesawat tempur Rusia ditembak jatuh oleh Turki.", "ASSAULT", "TUR", "RUS"),
    ("passive_agent", "Sanksi baru dijatuhkan kepada Rusia oleh Uni Eropa.", "SANCTION", "EUR", "RUS"),
    ("passive_agent", "Israel didesak oleh Amerika Serikat untuk menghentikan permukiman.", "REQUEST", "USA", "ISR"),
    ("passive_agent", "Seorang diplomat Pakistan diusir oleh India.", "SANCTION|COERCE", "IND", "PAK"),
    ("passive_agent", "Pos perbatasan Korea Selatan ditembaki oleh Korea Utara.", "ASSAULT", "PRK", "KOR"),
    ("passive_agent", "Iran diancam oleh Arab Saudi dengan pembalasan.", "THREATEN", "SAU", "IRN"),
    ("passive_agent", "Indonesia dipuji oleh Jepang atas perannya.", "SUPPORT", "JPN", "IDN"),
    ("passive_agent", "Qatar dikritik Mesir karena mendukung Ikhwanul Muslimin.", "ACCUSE", "EGY", "QAT"),
    ("passive_agent", "Nelayan China ditahan TNI AL di perairan Natuna.", "COERCE", "IDN", "CHN"),
    # passive with a thing as subject
    ("passive_thing", "Usulan China itu ditolak oleh Vietnam.", "REJECT", "VNM", "CHN"),
    ("passive_thing", "Putusan itu ditolak oleh Beijing.", "REJECT", "CHN", "-"),
    ("passive_thing", "Tawaran perundingan dari India ditolak oleh Pakistan.", "REJECT", "PAK", "IND"),
    ("passive_thing", "Rencana Rusia itu disambut baik oleh Suriah.", "SUPPORT|AGREE", "SYR", "RUS"),
    ("passive_thing", "Pernyataan Amerika Serikat itu dikecam oleh Iran.", "ACCUSE", "IRN", "USA"),
    ("passive_thing", "Permintaan Jepang ditolak oleh Korea Selatan.", "REJECT", "KOR", "JPN"),
    ("passive_thing", "Program nuklir Iran dikecam oleh Israel.", "ACCUSE", "ISR", "IRN"),
    ("passive_thing", "Vonis itu dikecam oleh Australia.", "ACCUSE", "AUS", "-"),
    ("passive_thing", "Tawaran Indonesia disambut baik oleh Malaysia.", "SUPPORT|AGREE", "MYS", "IDN"),
    # nominalisation
    ("nominal", "Serangan Israel ke Gaza menuai kecaman luas.", "ASSAULT", "ISR", "PSE"),
    ("nominal", "Penangkapan lima nelayan Vietnam oleh TNI AL membuat Hanoi marah.", "COERCE", "IDN", "VNM"),
    ("nominal", "Kunjungan Putin ke Beijing berakhir pada Jumat.", "CONSULT", "RUS", "CHN"),
    ("nominal", "Pengusiran dua diplomat Rusia oleh Inggris diumumkan pada Senin.", "SANCTION", "GBR", "RUS"),
    ("nominal", "Penembakan jet Rusia oleh Turki meningkatkan ketegangan.", "ASSAULT", "TUR", "RUS"),
    ("nominal", "Kunjungan Abe ke Jakarta berlangsung dua hari.", "CONSULT", "JPN", "IDN"),
    ("nominal", "Penahanan pekerja Indonesia oleh polisi Malaysia memicu protes.", "COERCE", "MYS", "IDN"),
    ("nominal", "Serangan udara Arab Saudi ke Yaman berlanjut pada Selasa.", "ASSAULT", "SAU", "YEM"),
    ("nominal", "Kecaman China terhadap Jepang makin tajam pekan ini.", "ACCUSE", "CHN", "JPN"),
    ("nominal", "Penembakan posisi Ukraina oleh pasukan Rusia berlanjut semalam.", "ASSAULT", "RUS", "UKR"),
    # reported speech
    (
        "speech",
        "Rusia melanggar gencatan senjata, kata Menteri Luar Negeri Ukraina Pavlo Klimkin.",
        "ACCUSE",
        "UKR",
        "RUS",
    ),
    (
        "speech",
        "Menteri Luar Negeri Ukraina Pavlo Klimkin mengatakan Rusia melanggar gencatan senjata.",
        "ACCUSE",
        "UKR",
        "RUS",
    ),
    ("speech", '"Kami mengecam serangan Israel," kata Menlu Retno Marsudi.', "ACCUSE", "IDN", "ISR"),
    ("speech", "Iran mendukung terorisme di kawasan, kata Menlu Arab Saudi Adel al-Jubeir.", "ACCUSE", "SAU", "IRN"),
    (
        "speech",
        "Jepang harus meminta maaf atas masa lalunya, kata Presiden Korea Selatan Park Geun-hye.",
        "REQUEST",
        "KOR",
        "JPN",
    ),
    ("speech", "Amerika Serikat memuji pemilu Indonesia, kata Departemen Luar Negeri AS.", "SUPPORT", "USA", "IDN"),
    ("speech", "Kerry mengatakan kepada wartawan bahwa Iran telah melanggar perjanjian.", "ACCUSE", "USA", "IRN"),
    (
        "speech",
        "China menentang keras rencana Jepang itu, kata juru bicara Kementerian Luar Negeri China.",
        "ACCUSE",
        "CHN",
        "JPN",
    ),
    ("speech", "Lavrov mengatakan Moskow mengecam serangan Ukraina.", "ACCUSE", "RUS", "UKR"),
    (
        "speech",
        "Filipina menuduh China melakukan intimidasi, kata pejabat Filipina pada Senin.",
        "ACCUSE",
        "PHL",
        "CHN",
    ),
    # relative clauses
    ("relative", "Rusia, yang menuduh Ukraina menembaki warga sipil, menyerukan perundingan.", "ACCUSE", "RUS", "UKR"),
    ("relative", "Mesir, yang mengkritik Qatar bulan lalu, menarik duta besarnya.", "ACCUSE", "EGY", "QAT"),
    ("relative", "Nelayan Vietnam yang ditangkap oleh Indonesia dibebaskan pada Jumat.", "COERCE", "IDN", "VNM"),
    ("relative", "Turki, yang menembak jatuh jet Rusia, menolak meminta maaf.", "ASSAULT", "TUR", "RUS"),
    ("relative", "Sanksi yang dijatuhkan Uni Eropa terhadap Rusia memukul ekonominya.", "SANCTION", "EUR", "RUS"),
    ("relative", "Obama, yang bertemu Abe pada Selasa, memuji peran Jepang.", "SUPPORT", "USA", "JPN"),
    ("relative", "India, yang mengusir seorang diplomat Pakistan, mengatakan ia mata-mata.", "SANCTION", "IND", "PAK"),
    ("relative", "Israel, yang pasukannya menyerbu Gaza, menolak laporan PBB.", "REJECT", "ISR", "UNO"),
    # appositives
    (
        "apposition",
        "Jepang, sekutu terdekat Amerika di Asia, mengecam uji coba rudal Korea Utara.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    ("apposition", "Arab Saudi, saingan utama Iran, menuduh Teheran mempersenjatai Houthi.", "ACCUSE", "SAU", "IRN"),
    ("apposition", "Pakistan, sekutu lama China, memuji rencana investasi Beijing.", "SUPPORT", "PAK", "CHN"),
    ("apposition", "Sergei Lavrov, Menteri Luar Negeri Rusia, mengkritik Washington.", "ACCUSE", "RUS", "USA"),
    (
        "apposition",
        "Retno Marsudi, Menlu Indonesia, bertemu mitranya dari Australia Julie Bishop.",
        "CONSULT",
        "IDN",
        "AUS",
    ),
    ("apposition", "Vietnam, negara pengklaim lain selain Filipina, memprotes China.", "ACCUSE", "VNM", "CHN"),
    ("apposition", "Turki, anggota NATO, menuduh Rusia melanggar wilayah udaranya.", "ACCUSE", "TUR", "RUS"),
    # coordination
    ("coordination", "Amerika Serikat dan Jepang mengecam uji coba nuklir Korea Utara.", "ACCUSE", "USA", "PRK"),
    ("coordination", "Amerika Serikat dan Jepang mengecam uji coba nuklir Korea Utara.", "ACCUSE", "JPN", "PRK"),
    ("coordination", "China mengkritik Amerika Serikat dan Jepang.", "ACCUSE", "CHN", "USA"),
    ("coordination", "China mengkritik Amerika Serikat dan Jepang.", "ACCUSE", "CHN", "JPN"),
    ("coordination", "Inggris, Prancis dan Jerman mendesak Iran untuk patuh.", "REQUEST", "FRA", "IRN"),
    ("coordination", "Rusia mengirim bantuan ke Suriah dan Irak.", "AID", "RUS", "IRQ"),
    ("coordination", "Malaysia dan Indonesia memprotes China atas pelanggaran itu.", "ACCUSE", "IDN", "CHN"),
    ("coordination", "Australia mengecam Indonesia dan berjanji menarik duta besarnya.", "ACCUSE", "AUS", "IDN"),
    # between
    ("between", "Perundingan antara Iran dan Amerika Serikat dilanjutkan di Jenewa.", "CONSULT", "IRN", "~USA"),
    ("between", "Bentrokan antara pasukan India dan Pakistan menewaskan dua tentara.", "ASSAULT", "IND", "~PAK"),
    ("between", "Turki mengecam pertempuran antara Armenia dan Azerbaijan.", "ACCUSE", "TUR", "ARM"),
    ("between", "Pertemuan antara Abe dan Park berlangsung hangat.", "CONSULT", "JPN", "~KOR"),
    # X and Y agreed / met
    ("joint", "Indonesia dan Australia sepakat melanjutkan kerja sama militer.", "AGREE", "IDN", "~AUS"),
    ("joint", "Obama dan Putin bertemu singkat di Paris.", "CONSULT", "USA", "~RUS"),
    ("joint", "Jepang dan China menggelar perundingan di Tokyo.", "CONSULT", "JPN", "~CHN"),
    ("joint", "India dan Bangladesh menandatangani perjanjian perbatasan pada Sabtu.", "SUPPORT", "IND", "~BGD"),
    ("joint", "Para menlu Mesir dan Yordania bertemu di Amman.", "CONSULT", "EGY", "~JOR"),
    # X told Y that
    (
        "told",
        "Modi mengatakan kepada Sharif bahwa Pakistan harus menghentikan penembakan desa-desa India.",
        "REQUEST",
        "IND",
        "PAK",
    ),
    ("told", "Lavrov mengatakan kepada Kerry bahwa Moskow menolak rencana itu.", "REJECT", "RUS", "USA"),
    ("told", "Xi mengatakan kepada Abe bahwa Jepang harus meminta maaf atas perang.", "REQUEST", "CHN", "JPN"),
    ("told", "Kerry mengatakan kepada Zarif bahwa Washington tidak akan menerima penundaan.", "REJECT", "USA", "IRN"),
    # X urged / asked Y to
    ("urge", "China mendesak Jepang menghormati sejarah.", "REQUEST", "CHN", "JPN"),
    ("urge", "PBB mendesak Myanmar melindungi warga Rohingya.", "REQUEST", "UNO", "MMR"),
    ("urge", "Indonesia meminta Israel menghentikan serangan.", "REQUEST", "IDN", "ISR"),
    ("urge", "Merkel mendesak Putin menarik pasukan dari Ukraina.", "REQUEST", "DEU", "RUS"),
    ("urge", "Washington menekan Beijing untuk membebaskan para aktivis.", "REQUEST", "USA", "CHN"),
    ("urge", "Jepang meminta China menghentikan pembangunan pulau.", "REQUEST", "JPN", "CHN"),
    ("urge", "Inggris menuntut Rusia menyerahkan para tersangka.", "REQUEST", "GBR", "RUS"),
    # X with Y
    ("with", "Indonesia menggelar latihan angkatan laut bersama Australia.", "COOPERATE", "IDN", "AUS"),
    ("with", "Jepang menandatangani pakta pertahanan dengan Filipina.", "SUPPORT", "JPN", "PHL"),
    ("with", "Lavrov melakukan perundingan dengan Kerry di Sochi.", "CONSULT", "RUS", "USA"),
    ("with", "Iran mencapai kesepakatan dengan Irak soal keamanan perbatasan.", "AGREE|SUPPORT", "IRN", "IRQ"),
    # on behalf of
    ("behalf", "Swiss menyampaikan protes kepada Iran atas nama Amerika Serikat.", "ACCUSE", "USA", "IRN"),
    ("behalf", "Atas nama Indonesia, Retno Marsudi mengecam serangan Israel itu.", "ACCUSE", "IDN", "ISR"),
    # recipient in the sentence before
    (
        "two_sentences",
        "Kapal penjaga pantai China memasuki perairan Indonesia di dekat Natuna. Jakarta memprotes pada Selasa.",
        "ACCUSE",
        "IDN",
        "CHN",
    ),
    (
        "two_sentences",
        "Korea Utara menguji rudal balistik pada Minggu. Jepang mengecam peluncuran itu.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    (
        "two_sentences",
        "Israel menghancurkan rumah warga Palestina di Tepi Barat. Uni Eropa mengkritik penghancuran itu.",
        "ACCUSE",
        "EUR",
        "ISR",
    ),
    (
        "two_sentences",
        "Jet Rusia mengebom kota-kota pemberontak di Suriah. Turki mengecam serangan itu.",
        "ACCUSE",
        "TUR",
        "RUS",
    ),
    # three or more states
    (
        "three_states",
        "Jepang mendesak China berhenti membangun pulau yang diklaim Vietnam dan Filipina.",
        "REQUEST",
        "JPN",
        "CHN",
    ),
    ("three_states", "Rusia menuduh Amerika Serikat mendanai pemberontak di Suriah.", "ACCUSE", "RUS", "USA"),
    ("three_states", "India memprotes China soal jalan yang melintasi Pakistan.", "ACCUSE", "IND", "CHN"),
    ("three_states", "Indonesia mengecam serangan Israel terhadap kapal bantuan Turki.", "ACCUSE", "IDN", "ISR"),
    ("three_states", "Indonesia mengecam serangan Israel terhadap kapal bantuan Turki.", "ASSAULT", "ISR", "TUR"),
    (
        "three_states",
        "Dalam pertemuan di Paris, Jerman mengkritik Yunani atas rencana reformasinya.",
        "ACCUSE",
        "DEU",
        "GRC",
    ),
    (
        "three_states",
        "Di Tokyo, Perdana Menteri Australia Tony Abbott memuji reformasi ekonomi India.",
        "SUPPORT",
        "AUS",
        "IND",
    ),
    ("three_states", "Mesir mengecam dukungan Turki dan Qatar bagi Ikhwanul Muslimin.", "ACCUSE", "EGY", "TUR"),
    # harder: time words, counterparts, hosts, pronouns and "kedua negara", headlines, "oleh"-nouns
    ("svo", "Rusia pada Senin menuduh Amerika Serikat mencampuri pemilunya.", "ACCUSE", "RUS", "USA"),
    (
        "svo",
        "Presiden Rusia Vladimir Putin pada Selasa bertemu Presiden China Xi Jinping di Moskow.",
        "CONSULT",
        "CHN",
        "~RUS",
    ),
    ("svo", "Kerry bertemu mitranya dari Rusia di Jenewa.", "CONSULT", "USA", "RUS"),
    ("svo", "Retno Marsudi bertemu mitranya dari Malaysia, Anifah Aman, di Jakarta.", "CONSULT", "MYS", "~IDN"),
    ("svo", "Kementerian Luar Negeri RI memanggil Duta Besar Australia.", "ACCUSE", "IDN", "AUS"),
    ("svo", "Ukraina menuduh Rusia mengirim pasukan ke Krimea.", "ACCUSE", "UKR", "RUS"),
    ("svo", "Turki menuduh Suriah menembaki desa-desa Turki.", "ACCUSE", "TUR", "SYR"),
    ("svo", "Korea Utara mengancam akan menyerang Korea Selatan dan Amerika Serikat.", "THREATEN", "PRK", "KOR"),
    ("headline", "China Kecam Jepang soal Kunjungan ke Kuil", "ACCUSE", "CHN", "JPN"),
    ("headline", "Indonesia Panggil Dubes Brasil soal Eksekusi", "ACCUSE", "IDN", "BRA"),
    ("headline", "AS Desak Rusia Tarik Pasukan dari Perbatasan Ukraina", "REQUEST", "USA", "RUS"),
    ("headline", "Jepang Protes China soal Ladang Gas", "ACCUSE", "JPN", "CHN"),
    ("headline", "Malaysia Tangkap 12 Nelayan Indonesia", "COERCE", "MYS", "IDN"),
    ("nominal", "Serangan jet Rusia terhadap Aleppo menewaskan puluhan orang.", "ASSAULT", "RUS", "SYR"),
    ("nominal", "Pertemuan Obama dengan Modi berlangsung satu jam.", "CONSULT", "USA", "IND"),
    ("nominal", "Protes Beijing kepada Tokyo datang sehari kemudian.", "ACCUSE", "CHN", "JPN"),
    ("nominal", "Washington menyambut pembebasan dua wartawan Amerika oleh Korea Utara.", "RETREAT", "PRK", "USA"),
    ("speech", "Menurut Menlu Retno Marsudi, Israel telah melanggar hukum internasional.", "ACCUSE", "IDN", "ISR"),
    ("speech", "Washington mengatakan Moskow telah melanggar perjanjian rudal.", "ACCUSE", "USA", "RUS"),
    (
        "speech",
        "Kementerian Luar Negeri China mengatakan pihaknya menentang keras penjualan senjata Amerika ke Taiwan.",
        "ACCUSE",
        "CHN",
        "USA",
    ),
    ("speech", '"Kami menolak putusan itu," kata Juru Bicara Kemlu China Hua Chunying.', "REJECT", "CHN", "-"),
    (
        "two_sentences",
        "Lavrov tiba di Beijing pada Senin. Ia mengkritik Washington soal perisai rudal.",
        "ACCUSE",
        "RUS",
        "USA",
    ),
    (
        "two_sentences",
        "Jepang dan Korea Selatan menggelar perundingan di Seoul. Kedua negara mengecam peluncuran rudal Korea Utara.",
        "ACCUSE",
        "JPN",
        "PRK",
    ),
    (
        "two_sentences",
        "Nelayan Vietnam ditahan di dekat Kepulauan Paracel pada Senin. Hanoi menyalahkan China.",
        "ACCUSE",
        "VNM",
        "CHN",
    ),
    ("joint", "India dan Pakistan saling tuduh soal pelanggaran gencatan senjata.", "ACCUSE", "IND", "~PAK"),
    ("joint", "Najib Razak dan Joko Widodo bertemu di Putrajaya pada Jumat.", "CONSULT", "IDN", "MYS"),
    ("three_states", "Iran menuduh Arab Saudi mengebom kedutaannya di Yaman.", "ACCUSE", "IRN", "SAU"),
    ("three_states", "Pakistan menuduh India mendukung militan di Afghanistan.", "ACCUSE", "PAK", "IND"),
    ("three_states", "Amerika Serikat mengkritik China atas dukungannya kepada Korea Utara.", "ACCUSE", "USA", "CHN"),
    ("three_states", "Jerman memuji Turki karena menampung pengungsi Suriah.", "SUPPORT", "DEU", "TUR"),
]

# Sentences where an act must NOT be given to a party: (lang, text, event, actor)
NOT_CODED = [
    ("en", "Merkel urged Putin to withdraw troops from Ukraine.", "RETREAT", "RUS"),
    ("en", "China urged Japan to apologise for the war.", "CONCEDE", "JPN"),
    ("en", "The ruling was rejected by Beijing.", "REJECT", "-"),
    ("id", "Merkel mendesak Putin menarik pasukan dari Ukraina.", "RETREAT", "RUS"),
    ("id", "China mendesak Jepang meminta maaf atas perang.", "CONCEDE", "JPN"),
    # an agentless passive: the one it was done to is not its doer
    ("en", "Iran was sanctioned again on Monday.", "SANCTION", "IRN"),
    ("en", "Five Chinese fishermen were arrested off Natuna.", "COERCE", "CHN"),
    ("en", "The Russian proposal was rejected on Friday.", "REJECT", "RUS"),
    ("id", "Iran kembali dijatuhi sanksi pada Senin.", "SANCTION", "IRN"),
    ("id", "Lima nelayan China ditangkap di perairan Natuna.", "COERCE", "CHN"),
    ("id", "Usulan Rusia ditolak pada Jumat.", "REJECT", "RUS"),
]


def judge(found, event: str, actor: str, recipient: str) -> tuple[bool, bool]:
    """Whether the expected event was coded, and whether an event of its type has other parties."""
    same = [(a, r) for e, a, r in found if e in event.split("|")]
    if recipient.startswith("~"):
        ok = any({actor, recipient[1:]} <= set(a) | set(r) for a, r in same)
    elif recipient == "-":
        ok = any(actor in a and not r for a, r in same)
    else:
        ok = any(actor in a and recipient in r for a, r in same)
    return ok, bool(same) and not ok


@pytest.mark.parametrize(
    ("lang", "rows", "least_found", "most_wrong"),
    [("en", EN, 0.92, 3), ("id", ID, 0.90, 3)],
)
def test_grid_share(lang, rows, least_found, most_wrong):
    found = wrong = 0
    misses = []
    for family, text, event, actor, recipient in rows:
        ok, bad = judge(coded_in(lang, text, PUB_DATE), event, actor, recipient)
        found += ok
        wrong += bad
        if not ok:
            misses.append((family, text))
    assert found / len(rows) >= least_found, misses
    assert wrong <= most_wrong, misses


@pytest.mark.parametrize(("lang", "text", "event", "actor"), NOT_CODED)
def test_not_given_to(lang, text, event, actor):
    found = coded_in(lang, text, PUB_DATE)
    assert not any(e == event and (actor in a if actor != "-" else not a) for e, a, _ in found), found


# -- an aside describing the subject is passed over ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "not_actor"),
    [
        (
            "en",
            "Japan, America's closest ally in Asia, condemned North Korea's missile test.",
            "ACCUSE",
            "JPN",
            "PRK",
            "USA",
        ),
        ("en", "Saudi Arabia, Iran's main rival, accused Tehran of arming the Houthis.", "ACCUSE", "SAU", "IRN", "IRN"),
        ("en", "Kenya, Somalia's southern neighbour, accused the Shabaab of the raid.", "ACCUSE", "KEN", None, "SOM"),
        (
            "id",
            "Jepang, sekutu terdekat Amerika di Asia, mengecam uji coba rudal Korea Utara.",
            "ACCUSE",
            "JPN",
            "PRK",
            "USA",
        ),
        ("id", "Arab Saudi, saingan utama Iran, menuduh Teheran mempersenjatai Houthi.", "ACCUSE", "SAU", "IRN", "IRN"),
        ("id", "Filipina, sekutu AS, menuduh China melakukan intimidasi.", "ACCUSE", "PHL", "CHN", "USA"),
        ("id", "Turki, anggota NATO, menuduh Rusia melanggar wilayah udaranya.", "ACCUSE", "TUR", "RUS", "IGO"),
    ],
)
def test_descriptive_aside_is_passed_over(lang, text, event, actor, recipient, not_actor):
    found = coded_in(lang, text, PUB_DATE)
    assert has(found, event, actor, recipient), found
    assert not has(found, event, not_actor), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        # a name in apposition is who acts; a date aside is no description
        ("en", "China's envoy to the UN, Liu Jieyi, criticised Washington.", "CHN", "USA"),
        ("id", "Menteri Luar Negeri Rusia, seperti dilaporkan TASS, Selasa malam, mengecam Ukraina.", "RUS", "UKR"),
        ("en", "Russia, Iran, and Turkey condemned the Syrian opposition.", "TUR", "SYR"),
    ],
)
def test_name_and_date_asides_keep_their_subject(lang, text, actor, recipient):
    assert has(coded_in(lang, text, PUB_DATE), "ACCUSE", actor, recipient)


# -- a judgement of an act told just before is aimed at its doer ----------------------------


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Russian jets bombed rebel towns in Syria. Turkey condemned the strikes.", "TUR", "RUS"),
        (
            "en",
            "Israel demolished Palestinian homes in the West Bank. The European Union criticised the demolitions.",
            "EUR",
            "ISR",
        ),
        ("id", "Jet Rusia mengebom kota-kota pemberontak di Suriah. Turki mengecam serangan itu.", "TUR", "RUS"),
        (
            "id",
            "Israel menghancurkan rumah warga Palestina di Tepi Barat. Uni Eropa mengkritik penghancuran itu.",
            "EUR",
            "ISR",
        ),
    ],
)
def test_judgement_of_earlier_act(lang, text, actor, recipient):
    assert has(coded_in(lang, text, PUB_DATE), "ACCUSE", actor, recipient)


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        # a target the judgement names itself stays
        ("en", "Russian jets bombed rebel towns in Syria. Turkey condemned Iran.", "TUR", "IRN"),
        ("id", "Jet Rusia mengebom kota-kota pemberontak di Suriah. Turki mengecam Iran.", "TUR", "IRN"),
    ],
)
def test_named_target_stays(lang, text, actor, recipient):
    found = coded_in(lang, text, PUB_DATE)
    assert has(found, "ACCUSE", actor, recipient) and not has(found, "ACCUSE", actor, "RUS"), found


# -- a pattern holding the verb's object is active -------------------------------------------


def test_object_in_pattern_is_active():
    found = english("Japan urged China to stop building islands claimed by Vietnam and the Philippines.")
    assert has(found, "REQUEST", "JPN", "CHN"), found
    assert not has(found, "REQUEST", "VNM"), found
    found = english("The United States urged Russia to halt the exercises watched by NATO.")
    assert has(found, "REQUEST", "USA", "RUS") and not has(found, "REQUEST", "IGO"), found


# -- an act noun naming its doer with "by"/"oleh" --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "The detention of Indonesian workers by Malaysian police drew protests.", "COERCE", "MYS", "IDN"),
        ("id", "Pengusiran dua diplomat Rusia oleh Inggris diumumkan pada Senin.", "SANCTION", "GBR", "RUS"),
        ("id", "Pengusiran empat diplomat Iran oleh Belanda mengejutkan Teheran.", "SANCTION", "NLD", "IRN"),
    ],
)
def test_noun_with_agent(lang, text, event, actor, recipient):
    assert has(coded_in(lang, text, PUB_DATE), event, actor, recipient)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the "by" belongs to a verb after the noun, or to talks: no doer of the noun
        ("en", "The visits to Damascus by foreign officials were praised by Syrian state media."),
        ("id", "Peretasan itu pertama kali terdeteksi oleh Kementerian Pertahanan Jepang."),
    ],
)
def test_by_after_a_verb_names_no_doer(lang, text):
    found = coded_in(lang, text, PUB_DATE)
    assert not any(e in ("CONSULT", "COERCE") and ("SYR" in a or "JPN" in a) for e, a, _ in found), found
