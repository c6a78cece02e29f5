"""Stop entries and narrower readings from data/en/triggers_s15_prec2.yaml and
data/id/triggers_s15_prec2.yaml: a trigger word of ACCUSE, REJECT, REQUEST, CONSULT, SUPPORT, AGREE
or THREATEN in a sense that tells of no event codes nothing (police appeals for witnesses, inquiries
into a crash, "confirm or deny", polls, a body's own session; "menerima kritik", "mendesak" as
urgent, a drought that "mengancam", a pilgrimage flight, "harga yang ditawarkan"), a warning of a
danger is ACCUSE, and the real sense beside each still codes. Sentences are invented."""

from __future__ import annotations

import pytest

from conftest import coded_in


def coded(text: str, lang: str):
    return coded_in(lang, text, "2021-03-01" if lang == "en" else "2017-05-01")


NONE = [
    ("en", "Police in Kent have appealed for witnesses after a man was hurt on the A2."),
    ("en", "A detective said he was appealing for anyone with information to come forward."),
    ("en", "Officers appealed to the public for information about the missing teenager."),
    ("en", "The head of the Lahore criminal investigation department said the suspect had fled."),
    ("en", "A Kabul criminal investigation police chief told reporters that three men died."),
    ("en", "Indian police were investigating the cause of the fire at the factory."),
    ("en", "The Indonesian navy is probing the cause of the collision between the two ferries."),
    ("en", "Malaysia ordered an inquiry into the crash of the helicopter."),
    ("en", "An inquiry has been ordered into the crash, a Nepali official said."),
    ("en", "The Pentagon refused to confirm or deny that a gunship carried out the strike."),
    ("en", "The Russian foreign ministry neither confirmed nor denied the report."),
    ("en", "The decision initially drew a tepid response from voters."),
    ("en", "The plan drew a mixed response from investors."),
    ("en", "The Taiwanese county government will award prizes to encourage students to build robots."),
    ("en", "The tax break encourages investors to buy government bonds."),
    ("en", "A poll suggested only four in 10 Italians want Prodi to stay on."),
    ("en", "About 60 percent of Americans oppose the plan to send more troops."),
    ("en", "The Thai parliament will meet on Friday to vote on the budget."),
    ("en", "The Italian cabinet will discuss the Afghan mission on Thursday."),
    ("en", "His cabinet would hold a special meeting on Saturday."),
    ("id", "Hakim menilai perbuatan terdakwa tidak mendukung upaya pemerintah dalam pemberantasan korupsi."),
    ("id", "Hal yang memberatkan, terdakwa tidak mendukung program pemberantasan korupsi."),
    ("id", "Menurut dia, pemerintahan saat itu lebih bisa menerima kritik."),
    ("id", "Presiden mengaku terbuka terhadap kritik dari masyarakat."),
    ("id", "Masalah banjir Jakarta sudah dalam taraf mendesak untuk diselesaikan."),
    ("id", "Persoalan ini sangat mendesak untuk ditangani."),
    ("id", "Menurut PBB, kekeringan itu telah mengancam hidup 40 juta orang di Afrika."),
    ("id", "Limbah pabrik itu mengancam kelestarian sungai."),
    ("id", "Rizieq terbang ke Arab Saudi untuk ibadah umrah."),
    ("id", "Menteri itu bertolak ke Singapura untuk berobat."),
    ("id", "Harga yang ditawarkan pengembang itu dinilai terlalu mahal."),
    ("id", "Dana itu dipakai untuk membantu proses penyelidikan kasus tersebut."),
    ("id", "Dokumen itu hanya gimik untuk melemahkan penyelidikan, kata dia."),
    ("id", "Kuasa hukum menilai KPK tak memiliki kewenangan melakukan penyelidikan dan penyidikan."),
    ("id", "Sebanyak 54 persen warga Inggris menolak referendum ulang."),
    ("id", "Hanya 35 persen warga Inggris setuju dengan rencana itu."),
    ("id", "Mayoritas responden menolak kepemimpinan non-muslim."),
    ("id", "Bersediakah saudara diambil sumpah menurut agama Islam?"),
]


@pytest.mark.parametrize("lang,text", NONE)
def test_no_event(lang, text):
    assert coded(text, lang) == []


POSITIVE = [
    ("en", "The UN appealed for calm after clashes in Mogadishu.", ["REQUEST"], "UNO", "*"),
    ("en", "Pakistan appealed to India to resume the dialogue.", ["REQUEST"], "PAK", "IND"),
    (
        "en",
        "Kenyan police launched an investigation into the killing of the opposition politician.",
        ["ACCUSE"],
        "KEN",
        "*",
    ),
    ("en", "The UN opened an inquiry into the attack on the convoy.", ["ACCUSE"], "UNO", "*"),
    ("en", "Iran denied that it had supplied drones to Russia.", ["REJECT"], "IRN", "*"),
    ("en", "Finland's accession would trigger countermeasures, Russia warned.", ["THREATEN"], "RUS", "*"),
    ("en", "The United States encouraged Pakistan to hold talks with India.", ["REQUEST"], "USA", "PAK"),
    ("en", "Washington wants the Iraqi government to disarm the militias.", ["REQUEST"], "USA", "IRQ"),
    (
        "en",
        "Hamas accused the Palestinian president of succumbing to pressure from Washington.",
        ["ACCUSE"],
        "PSE",
        "*",
    ),
    (
        "en",
        "The Japanese foreign minister will meet his Chinese counterpart on Friday.",
        ["AGREE", "CONSULT"],
        "JPN",
        "CHN",
    ),
    ("en", "The French president warns of a multi-speed Europe.", ["ACCUSE"], "FRA", "-"),
    (
        "en",
        # (a warning of a danger; a forecast that a campaign "could last three years" is none, s19 prec_en4)
        "Sri Lankan defence officials warned that the rebels could attack the capital.",
        ["ACCUSE"],
        "LKA",
        "*",
    ),
    ("en", "Russia warned that it would retaliate against Finland.", ["THREATEN"], "RUS", "FIN"),
    ("en", "North Korea warned of serious consequences if the drills go ahead.", ["THREATEN"], "PRK", "*"),
    ("en", "China warned the United States against selling arms to Taiwan.", ["REQUEST", "THREATEN"], "CHN", "USA"),
    ("id", "PKS tidak mendukung pencalonan Ahok sebagai gubernur.", ["REJECT"], "IDN", "*"),
    ("id", "Partai Golkar mendukung Jokowi sebagai calon presiden.", ["SUPPORT"], "IDN", "IDN"),
    ("id", "Fadli mengklaim seluruh kader Gerindra sudah 100 persen mendukung Prabowo.", ["SUPPORT"], "IDN", "IDN"),
    ("id", "Fadli Zon mengkritik kebijakan pemerintah soal impor beras.", ["ACCUSE"], "IDN", "IDN"),
    ("id", "DPR mendesak pemerintah menyelesaikan kasus itu.", ["REQUEST"], "IDN", "IDN"),
    ("id", "Korea Utara mengancam akan menyerang Amerika Serikat.", ["THREATEN"], "PRK", "USA"),
    ("id", "Presiden Jokowi terbang ke Arab Saudi untuk bertemu Raja Salman.", ["CONSULT"], "IDN", "SAU"),
    ("id", "Golkar menolak tawaran bisnis itu karena harga yang ditawarkan terlalu mahal.", ["REJECT"], "IDN", "*"),
    ("id", "Indonesia menawarkan bantuan kepada Myanmar.", ["AGREE"], "IDN", "MMR"),
    ("id", "KPK membuka penyelidikan kasus suap proyek itu.", ["ACCUSE"], "IDN", "*"),
    ("id", "Polisi Filipina menyelidiki pembunuhan wartawan itu.", ["ACCUSE"], "PHL", "*"),
    ("id", "Inggris menolak pemilihan Arab Saudi di dewan HAM PBB.", ["REJECT"], "GBR", "SAU"),
    ("id", "Korea Utara bersedia kembali ke meja perundingan.", ["AGREE"], "PRK", "*"),
]


@pytest.mark.parametrize("lang,text,allowed,actor,recipient", POSITIVE)
def test_real_sense_still_codes(lang, text, allowed, actor, recipient):
    got = coded(text, lang)
    ok = [
        g
        for g in got
        if g[0] in allowed
        and (actor in ("*", "-") or g[1] == sorted(actor.split(",")))
        and (recipient == "*" or g[2] == ([] if recipient == "-" else sorted(recipient.split(","))))
    ]
    assert ok, got


def test_succumbing_to_pressure_is_a_concession_not_a_request():
    assert coded("The Ukrainian government bowed to pressure from Poland on grain exports.", "en") == [
        ("CONCEDE", ["UKR"], ["POL"])
    ]
    assert coded("Ukraine yielded to pressure from Poland on grain exports.", "en") == [("CONCEDE", ["UKR"], ["POL"])]


def test_warning_of_a_danger_is_accuse_not_threaten():
    assert coded("The French president warns of a multi-speed Europe.", "en") == [("ACCUSE", ["FRA"], [])]
    assert ("THREATEN", ["RUS"], ["FIN"]) in coded("Russia warned that it would retaliate against Finland.", "en")
