"""Build 31-en-cedaw-aze-2019-state-report.pdf, the corpus report that arrives as a PDF with a text layer.

    python benchmarks/corpus/build_pdf.py

The .pdf is committed beside this script; after changing the text below, rebuild and check that its
gold still agrees (python benchmarks/corpus/check_gold.py). The layout is a UN treaty-body document:
the symbol and distribution block on the first page, a running header with the symbol and a footer
with the job number and page on every page, numbered paragraphs under article headings. The font is
DejaVu Sans, which has every Azerbaijani and Cyrillic letter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
TARGET = HERE / "31-en-cedaw-aze-2019-state-report.pdf"

SYMBOL = "CEDAW/C/AZE/6"
JOB_NUMBER = "19-18472 (E)"
FRONT_MATTER = (
    "United Nations",
    SYMBOL,
    "Convention on the Elimination of All Forms of Discrimination against Women",
    "Distr.: General 21 November 2019",
    "Original: English",
    "Committee on the Elimination of Discrimination against Women",
    "Sixth periodic report submitted by Azerbaijan under article 18 of the Convention, due in 2019",
    "[Date received: 14 October 2019]",
)
HEADING = "Article 6. Trafficking in women and exploitation of prostitution"
PARAGRAPHS = (
    "84. In follow-up to the Committee's previous concluding observations (CEDAW/C/AZE/CO/5, para. 25), "
    "the Government continued to implement the National Action Plan on Combating Trafficking in Human "
    "Beings in the Republic of Azerbaijan for 2014-2018. The legal basis remains the Law on Combating "
    "Trafficking in Persons of 28 June 2005 (No. 958-IIQ), which defines the status of victim and the "
    "State's duties of protection and assistance.",
    "85. Between 2015 and 2018 the law enforcement bodies identified 362 victims of trafficking, of whom "
    "298 were women and girls (82.3 per cent). In 2018 alone, 87 victims were identified, 71 of them women "
    "and 9 girls under 18. The majority had been exploited in the sex industry abroad; 14 women were "
    "victims of forced labour in domestic work.",
    "86. The Assistance Centre for Victims of Human Trafficking of the Ministry of Labour and Social "
    "Protection of Population provides shelter for up to 50 persons at a time. In 2018, 57 women and 8 "
    "children were accommodated there; 43 women received vocational training and 26 found employment "
    "with the help of the State Employment Agency.",
    "87. Article 144-1 of the Criminal Code was amended by Law No. 1196-VQD of 29 June 2018, which "
    "increased the penalties for trafficking in children and for the use of forced labour of a victim. "
    "In 2018 the courts convicted 41 persons of trafficking in persons; 35 of them were sentenced to "
    "imprisonment for terms of 5 to 10 years.",
    "88. Capacity-building of the judiciary has continued. On 6-7 March 2018, the Justice Academy held a "
    "course in Baku for 30 judges and candidate judges on victim-centred proceedings in trafficking "
    "cases, in cooperation with the Council of Europe. A follow-up seminar for 24 prosecutors of the "
    "southern region took place in Lankaran from 15 to 16 November 2018.",
    "89. Prevention among women and girls in rural areas is led by the State Committee for Family, Women "
    "and Children Affairs. On 29 October 2018, the State Committee and the United Nations Population "
    "Fund (UNFPA) held a round table in Ganja on early marriage as a risk factor for trafficking, "
    "attended by forty-five representatives of local executive authorities, religious communities and "
    "NGOs.",
    "90. The hotline 152 of the Main Department for Combating Trafficking in Human Beings of the "
    "Ministry of Internal Affairs received 6,284 calls in 2018, 12 per cent more than in 2017. "
    "Information on the hotline is printed in Azerbaijani, Russian and English on the back of every "
    "work permit issued to migrant workers.",
    "91. The Committee is informed that a new National Action Plan for 2020-2024 is being drafted by an "
    "inter-agency working group; its adoption is expected in the first half of 2020.",
)


class TreatyBodyDocument(FPDF):
    """A running header with the symbol and a footer with the job number and page, as UN documents have."""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", size=8)
            self.cell(0, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", size=8)
        self.cell(0, 6, f"{JOB_NUMBER}    {self.page_no()}/{{nb}}", align="C")


def build_state_report() -> FPDF:
    pdf = TreatyBodyDocument(format="A4")
    # Fixed metadata, so rebuilding without a change in the text gives the same file.
    pdf.set_creation_date(dt.datetime(2019, 11, 21, 9, 0, tzinfo=dt.UTC))
    pdf.set_creator("İcra benchmark corpus")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in FRONT_MATTER:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 7, HEADING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", size=10)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return pdf


def main() -> None:
    build_state_report().output(str(TARGET))
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
