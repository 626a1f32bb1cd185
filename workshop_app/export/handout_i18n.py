"""The wording of the QR handouts in every language they are printed in.

Seven languages: Danish, English, Arabic, Farsi, Urdu, Somali and Turkish, the languages
most often spoken at the dialogue meetings in Nørrebro, Amager and Tingbjerg besides
Danish. Each has built-in texts (heading, invitation, sender line; editable and stored
per language in the consultation) and fixed labels (hearing period, deadline, contact,
"scan the code"), written for the language rather than translated word for word.

Dates are written the way each language writes them on an official letter:

* Danish "15. april 2026", English "15 April 2026", Turkish "15 Nisan 2026",
  Somali "15 Abriil 2026";
* Arabic with the month names used in most of the Arab world (CLDR's ``ar``: يناير …)
  and Arabic-Indic digits (٠١٢٣…), which Arabic official documents from the Levant, Iraq
  and the Gulf use (CLDR's default numbering system for ``ar``): "١٥ أبريل ٢٠٢٦";
* Farsi with the Persian names of the Gregorian months (ژانویه …) and Persian digits
  (۰۱۲۳…), which every Persian official text uses: "۱۵ آوریل ۲۰۲۶";
* Urdu with the Urdu month names (جنوری …) and Western digits, which Pakistani official
  documents and CLDR's ``ur`` use: "15 اپریل 2026".

The handout shows Gregorian dates in every language: the hearing runs on the Danish
calendar, and a second calendar would invite misreadings of the deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: Languages a handout can be printed in, in the order the dialog lists them.
LANGUAGES: tuple[str, ...] = ("da", "en", "ar", "fa", "ur", "so", "tr")
#: Languages written right to left.
RTL_LANGUAGES = frozenset({"ar", "fa", "ur"})
#: The language's own name, for menus and messages.
NATIVE_NAMES = {
    "da": "Dansk", "en": "English", "ar": "العربية", "fa": "فارسی", "ur": "اردو",
    "so": "Soomaali", "tr": "Türkçe",
}
#: English names, for one-line messages.
ENGLISH_NAMES = {
    "da": "Danish", "en": "English", "ar": "Arabic", "fa": "Farsi", "ur": "Urdu",
    "so": "Somali", "tr": "Turkish",
}

_DIGITS = {
    "latn": "0123456789",
    "arab": "٠١٢٣٤٥٦٧٨٩",  # U+0660…: Arabic-Indic
    "arabext": "۰۱۲۳۴۵۶۷۸۹",  # U+06F0…: Extended Arabic-Indic (Persian)
}


@dataclass(frozen=True)
class HandoutTexts:
    """The editable texts of a handout in one language."""

    heading: str
    invitation: str
    sender: str


@dataclass(frozen=True)
class HandoutLabels:
    """Fixed wording around the editable texts, and how the language writes a date."""

    period: str
    deadline: str  # label when only the end date is known
    starts: str  # label when only the start date is known
    contact: str
    scan: str  # caption when the URL sits right under the code
    scan_only: str  # caption when the URL runs across the foot of the slip
    go_to: str  # label over that URL
    title_suffix: str
    months: tuple[str, ...]
    pdf_lang: str  # BCP 47 tag for the PDF (/Lang) and the text's language
    digits: str = "latn"
    day_suffix: str = ""  # Danish writes "15. april"

    @property
    def rtl(self) -> bool:
        return self.pdf_lang.split("-")[0] in RTL_LANGUAGES

    def number(self, value: int) -> str:
        """*value* in the language's digits."""
        return str(value).translate(str.maketrans("0123456789", _DIGITS[self.digits]))

    def date(self, iso: str, *, with_year: bool = True) -> str:
        """An ISO date written the way the language writes it, e.g. "15. april 2026"."""
        day = dt.date.fromisoformat(iso)
        text = f"{self.number(day.day)}{self.day_suffix} {self.months[day.month - 1]}"
        return f"{text} {self.number(day.year)}" if with_year else text


DEFAULT_TEXTS: dict[str, HandoutTexts] = {
    "da": HandoutTexts(
        heading="Sig din mening om den nye politik",
        invitation=(
            "Forslaget til politikken kommer i offentlig høring. Læs det, og fortæl os, "
            "hvad du synes. Alle kan sende et høringssvar, og hvert svar bliver læst, "
            "før politikken bliver vedtaget."
        ),
        sender="Københavns Kommune",
    ),
    "en": HandoutTexts(
        heading="Have your say on the new policy",
        invitation=(
            "The draft policy is going out for public consultation. Read it and tell us "
            "what you think. Anyone can respond, and every response is read before the "
            "policy is adopted."
        ),
        sender="City of Copenhagen",
    ),
    "ar": HandoutTexts(
        heading="شاركونا رأيكم في السياسة الجديدة",
        invitation=(
            "يعرض مشروع السياسة الجديدة للاستشارة العامة. اقرؤوه وأخبرونا برأيكم. "
            "يحق لكل شخص أن يرسل رده، وسنقرأ كل رد قبل اعتماد السياسة."
        ),
        sender="بلدية كوبنهاغن",
    ),
    "fa": HandoutTexts(
        heading="نظر خود را دربارهٔ سیاست جدید بگویید",
        invitation=(
            "پیش‌نویس سیاست جدید به نظرخواهی عمومی گذاشته می‌شود. آن را بخوانید و "
            "نظرتان را بگویید. همه می‌توانند نظر بدهند و همهٔ نظرها پیش از تصویب "
            "خوانده می‌شود."
        ),
        sender="شهرداری کپنهاگ",
    ),
    "ur": HandoutTexts(
        heading="نئی پالیسی پر اپنی رائے دیں",
        invitation=(
            "پالیسی کا مسودہ عوامی مشاورت کے لیے پیش ہے۔ اسے پڑھیں اور اپنی رائے "
            "بتائیں۔ ہر شخص جواب بھیج سکتا ہے، اور منظوری سے پہلے ہر جواب پڑھا جاتا ہے۔"
        ),
        sender="کوپن ہیگن میونسپلٹی",
    ),
    "so": HandoutTexts(
        heading="Ka dhiibo fikraddaada siyaasadda cusub",
        invitation=(
            "Qabyada siyaasadda cusub waxaa loo soo bandhigayaa ra'yi-ururin dadweyne. "
            "Akhri oo noo sheeg waxaad ka qabto. Qof kastaa jawaab wuu soo diri karaa, "
            "jawaab kastana waa la akhrinayaa ka hor inta aan siyaasadda la ansixin."
        ),
        sender="Degmada Copenhagen",
    ),
    "tr": HandoutTexts(
        heading="Yeni politika hakkında görüşünüzü bildirin",
        invitation=(
            "Politika taslağı kamuoyunun görüşüne sunuluyor. Taslağı okuyun ve ne "
            "düşündüğünüzü bize bildirin. Herkes görüş gönderebilir; politika kabul "
            "edilmeden önce her görüş okunur."
        ),
        sender="Kopenhag Belediyesi",
    ),
}


LABELS: dict[str, HandoutLabels] = {
    "da": HandoutLabels(
        period="Høringsperiode",
        deadline="Høringsfrist",
        starts="Høringen starter",
        contact="Spørgsmål? Skriv til",
        scan="Scan med mobilen, eller gå til",
        scan_only="Scan med mobilen",
        go_to="Eller gå til",
        title_suffix="QR-folder",
        months=("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                "september", "oktober", "november", "december"),
        pdf_lang="da-DK",
        day_suffix=".",
    ),
    "en": HandoutLabels(
        period="Consultation period",
        deadline="Responses by",
        starts="The consultation opens",
        contact="Questions? Write to",
        scan="Scan with your phone, or go to",
        scan_only="Scan with your phone",
        go_to="Or go to",
        title_suffix="QR handout",
        months=("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"),
        pdf_lang="en-GB",
    ),
    "ar": HandoutLabels(
        period="فترة الاستشارة العامة",
        deadline="آخر موعد لإرسال الردود",
        starts="تبدأ الاستشارة العامة في",
        contact="هل لديكم أسئلة؟ اكتبوا إلى",
        scan="امسحوا الرمز بالهاتف، أو ادخلوا إلى",
        scan_only="امسحوا الرمز بالهاتف",
        go_to="أو ادخلوا إلى",
        title_suffix="نشرة برمز QR",
        months=("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
        pdf_lang="ar",
        digits="arab",
    ),
    "fa": HandoutLabels(
        period="دورهٔ نظرخواهی عمومی",
        deadline="آخرین مهلت ارسال نظر",
        starts="آغاز نظرخواهی عمومی",
        contact="پرسشی دارید؟ بنویسید به",
        scan="کد را با گوشی اسکن کنید یا به این نشانی بروید",
        scan_only="کد را با گوشی اسکن کنید",
        go_to="یا به این نشانی بروید",
        title_suffix="برگهٔ QR",
        months=("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
                "سپتامبر", "اکتبر", "نوامبر", "دسامبر"),
        pdf_lang="fa",
        digits="arabext",
    ),
    "ur": HandoutLabels(
        period="عوامی مشاورت کی مدت",
        deadline="جواب بھیجنے کی آخری تاریخ",
        starts="عوامی مشاورت کا آغاز",
        contact="کوئی سوال؟ اس پتے پر لکھیں",
        scan="فون سے کوڈ اسکین کریں، یا یہاں جائیں",
        scan_only="فون سے کوڈ اسکین کریں",
        go_to="یا یہاں جائیں",
        title_suffix="QR پرچہ",
        months=("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست",
                "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
        pdf_lang="ur",
    ),
    "so": HandoutLabels(
        period="Muddada ra'yi-ururinta",
        deadline="Jawaabaha waxaa la soo diri karaa ilaa",
        starts="Ra'yi-ururintu waxay bilaabanaysaa",
        contact="Su'aalo ma qabtaa? U qor",
        scan="Koodhka ku akhri taleefankaaga, ama booqo",
        scan_only="Koodhka ku akhri taleefankaaga",
        go_to="Ama booqo",
        title_suffix="Warqadda QR",
        months=("Jannaayo", "Febraayo", "Maarso", "Abriil", "May", "Juun", "Luuliyo",
                "Ogost", "Sebtembar", "Oktoobar", "Nofembar", "Desembar"),
        pdf_lang="so",
    ),
    "tr": HandoutLabels(
        period="Görüş bildirme süresi",
        deadline="Son görüş bildirme tarihi",
        starts="Görüş bildirme süresi başlıyor",
        contact="Sorunuz mu var? Şu adrese yazın",
        scan="Kodu telefonunuzla okutun veya şu adrese gidin",
        scan_only="Kodu telefonunuzla okutun",
        go_to="Veya şu adrese gidin",
        title_suffix="QR broşürü",
        months=("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                "Eylül", "Ekim", "Kasım", "Aralık"),
        pdf_lang="tr",
    ),
}
