#include "people_data.h"

#include <QHash>

// Data tables: names by naming tradition, real cities, universities, sources. Lists are '|'
// separated so each reads as one line.

namespace Tandem::Demo {
namespace {

struct CultureSource
{
    const char *name;
    int weight;
    const char *firstNames;
    const char *lastNames;
    const char *homeCountries;
};

const CultureSource cultureSources[] = {
    {"English", 16,
     "James|Olivia|Michael|Emma|William|Ava|Benjamin|Sophia|Daniel|Charlotte|Matthew|Amelia|Ethan|Harper|"
     "Samuel|"
     "Grace|Jack|Chloe|Ryan|Emily|Nathan|Hannah|Liam|Abigail|Owen|Madison",
     "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Taylor|Anderson|Thomas|Moore|Clark|Walker|"
     "Hughes|"
     "Bennett|Murphy|Cooper|Reed|Parker|O'Brien|Campbell|Fletcher|Sullivan",
     "United States|Canada|United Kingdom|Ireland|Australia|New Zealand"},
    {"Hispanic", 9,
     "Sofía|Mateo|Valentina|Santiago|Camila|Sebastián|Lucía|Diego|Isabella|Alejandro|María|Javier|Daniela|"
     "Carlos|"
     "Gabriela|Andrés|Paula|Luis|Carmen|Miguel|Ximena|Joaquín",
     "García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|"
     "Díaz|"
     "Morales|Ortiz|Castillo|Romero|Vargas|Herrera",
     "Mexico|Colombia|Argentina|Chile|Peru|Spain|United States"},
    {"German", 5,
     "Lukas|Lena|Maximilian|Leon|Mia|Felix|Lea|Jonas|Laura|Tobias|Anna|Niklas|Sophie|Florian|Katharina|"
     "Moritz|"
     "Johanna|Stefan|Julia|Jürgen",
     "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|"
     "Schröder|Neumann|Braun|Zimmermann|Krüger|Hartmann",
     "Germany|Austria|Switzerland"},
    {"French", 4,
     "Louis|Camille|Hugo|Chloé|Théo|Manon|Lucas|Léa|Antoine|Inès|Julien|Margaux|Mathieu|Élodie|Nicolas|"
     "Céline|"
     "Baptiste|Juliette|Aurélien|Noémie",
     "Martin|Bernard|Dubois|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|Fontaine|"
     "Rousseau|Girard|Lambert|Mercier|Faure|Chevalier",
     "France|Belgium|Switzerland|Canada"},
    {"Italian", 3,
     "Alessandro|Giulia|Lorenzo|Chiara|Francesco|Martina|Matteo|Sara|Andrea|Federica|Giuseppe|Alessia|Marco|"
     "Elena|Davide|Francesca|Niccolò|Beatrice",
     "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Costa|"
     "Giordano|Mancini|Lombardi",
     "Italy|Switzerland"},
    {"Nordic", 3,
     "Lars|Ingrid|Erik|Astrid|Magnus|Freya|Oskar|Sigrid|Anders|Maja|Henrik|Elin|Søren|Linnea|Mikkel|Ida|Aino|"
     "Mikko",
     "Johansson|Andersson|Nilsson|Larsen|Hansen|Jensen|Nielsen|Lindqvist|Berg|Halvorsen|Virtanen|Korhonen|"
     "Eriksen|Lund|Dahl|Holm|Sørensen|Åberg",
     "Sweden|Denmark|Norway|Finland"},
    {"Central and Eastern European", 5,
     "Jakub|Zofia|Piotr|Katarzyna|Mateusz|Agnieszka|Tomasz|Magdalena|Łukasz|Aleksandra|Marek|Ewa|Dmytro|"
     "Anastasiia|Ivan|Olena|Pavel|Tereza|Andrei|Ioana|Luka|Petra|Bence|Réka|Kristjan|Liis",
     "Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Shevchenko|Kovalenko|Novák|"
     "Dvořák|Horvat|Kovačević|Popescu|Ionescu|Nagy|Szabó|Tamm|Saar",
     "Poland|Czechia|Ukraine|Romania|Croatia|Hungary|Estonia"},
    {"Indian", 9,
     "Aarav|Priya|Rohan|Ananya|Vikram|Kavya|Arjun|Isha|Rahul|Sneha|Aditya|Pooja|Karthik|Divya|Siddharth|"
     "Meera|"
     "Nikhil|Lakshmi|Sanjay|Neha|Harpreet|Deepika",
     "Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Mehta|Joshi|Rao|Desai|Chatterjee|Menon|Kapoor|Bhat|"
     "Pillai|"
     "Agarwal|Banerjee|Krishnan",
     "India|Singapore|United Arab Emirates|United Kingdom|United States"},
    {"Chinese", 7,
     "Wei|Li Na|Jun|Xiu Ying|Hao|Mei|Jian|Yan|Lin|Tao|Fang|Lei|Jing|Yu|Hui|Zhi|Qing|Xin|Ming|Yue",
     "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|He|Tan|Lim",
     "China|Hong Kong|Taiwan|Singapore|Malaysia"},
    {"Japanese", 3, "Haruto|Yui|Sota|Aoi|Yuto|Hina|Ren|Sakura|Takumi|Mio|Kenji|Yuki|Daiki|Akari|Hiroshi|Emi",
     "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|"
     "Matsumoto|Inoue|Kimura",
     "Japan"},
    {"Korean", 3,
     "Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Ji-woo|Seo-jun|Su-bin|Hyun-woo|Ye-jin|Joon-ho|Eun-ji|Tae-yang|Da-"
     "eun",
     "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon", "South Korea"},
    {"Vietnamese", 2, "Minh|Linh|Anh|Thảo|Huy|Trang|Đức|Ngọc|Tuấn|Mai|Quang|Hương",
     "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ", "Vietnam"},
    {"Filipino", 2, "Jose|Maria|Mark|Angelica|Paolo|Kristine|John Paul|Joanna|Carlo|Patricia|Rafael|Bea",
     "Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Villanueva|Dela Cruz|Aquino|Ramos|Castro",
     "Philippines"},
    {"Malay and Indonesian", 2, "Putri|Budi|Siti|Rizky|Dewi|Agus|Nur|Ahmad|Ayu|Fajar|Intan|Hafiz",
     "Santoso|Wijaya|Pratama|Hidayat|Saputra|Kusuma|Rahman|Abdullah|Ismail|Halim|Setiawan|Lestari",
     "Indonesia|Malaysia"},
    {"Thai", 1, "Somchai|Nattapong|Siriporn|Kanya|Anan|Ploy|Chaiwat|Malee|Thanawat|Kanokwan",
     "Saetang|Wongsakul|Srisuk|Chaiyaporn|Boonmee|Rattanakorn|Thongchai|Kittisak", "Thailand"},
    {"Arabic", 4,
     "Omar|Layla|Ahmed|Fatima|Youssef|Mariam|Khalid|Noor|Hassan|Amira|Karim|Salma|Tariq|Yasmin|Ali|Hana",
     "Haddad|Al-Sayed|Khalil|Mansour|Nasser|Hussein|Farouk|Saleh|Aziz|Hamdan|Khoury|Rahman|Saadeh|Ibrahim",
     "United Arab Emirates|Egypt|Saudi Arabia|Jordan"},
    {"Turkish", 2, "Emre|Elif|Mehmet|Zeynep|Burak|Ayşe|Can|Ece|Mert|Selin|Kaan|Deniz",
     "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan", "Türkiye|Germany"},
    {"Hebrew", 1, "Noa|Yonatan|Tamar|Eitan|Maya|Itai|Shira|Ariel|Yael|Omer",
     "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Katz|Azoulay|Shapiro|Ben-David", "Israel"},
    {"West African", 3,
     "Chinedu|Ngozi|Oluwaseun|Adaeze|Emeka|Folake|Kwame|Ama|Tunde|Chiamaka|Kofi|Abena|Ifeanyi|Yetunde",
     "Okafor|Adeyemi|Okonkwo|Mensah|Balogun|Eze|Nwosu|Boateng|Ogunleye|Asante|Adebayo|Owusu",
     "Nigeria|Ghana|United Kingdom"},
    {"East and Southern African", 2,
     "Wanjiru|Kamau|Achieng|Otieno|Amani|Baraka|Zawadi|Juma|Nia|Tendai|Thandiwe|Sipho",
     "Mwangi|Odhiambo|Kariuki|Njoroge|Mutua|Wekesa|Moyo|Ndlovu|Dlamini|Banda|Nkosi|Mokoena",
     "Kenya|South Africa"},
    {"Portuguese and Brazilian", 4,
     "João|Ana|Pedro|Beatriz|Gabriel|Mariana|Rafael|Larissa|Thiago|Fernanda|Gustavo|Bruno|Juliana|Inês",
     "Silva|Santos|Oliveira|Souza|Costa|Pereira|Almeida|Ferreira|Carvalho|Ribeiro|Gomes|Lima|Araújo|Barbosa",
     "Brazil|Portugal"},
    {"Dutch", 2, "Daan|Sanne|Bram|Femke|Jeroen|Lotte|Thijs|Anouk|Ruben|Eva|Joost|Marieke",
     "de Jong|Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos",
     "Netherlands|Belgium"},
};

struct CitySource
{
    const char *name;
    const char *country;
    const char *currency;
    const char *dialCode;
    double salaryFactor;
};

const CitySource citySources[] = {
    {"New York", "United States", "USD", "+1", 1.15},
    {"San Francisco", "United States", "USD", "+1", 1.2},
    {"Seattle", "United States", "USD", "+1", 1.1},
    {"Austin", "United States", "USD", "+1", 0.95},
    {"Chicago", "United States", "USD", "+1", 0.95},
    {"Boston", "United States", "USD", "+1", 1.05},
    {"Los Angeles", "United States", "USD", "+1", 1.05},
    {"Denver", "United States", "USD", "+1", 0.95},
    {"Atlanta", "United States", "USD", "+1", 0.9},
    {"Miami", "United States", "USD", "+1", 0.9},
    {"Washington", "United States", "USD", "+1", 1.0},
    {"Toronto", "Canada", "CAD", "+1", 1.0},
    {"Vancouver", "Canada", "CAD", "+1", 1.0},
    {"Montreal", "Canada", "CAD", "+1", 0.9},
    {"Mexico City", "Mexico", "MXN", "+52", 5.5},
    {"Guadalajara", "Mexico", "MXN", "+52", 5.0},
    {"Bogotá", "Colombia", "COP", "+57", 1000},
    {"Medellín", "Colombia", "COP", "+57", 900},
    {"Buenos Aires", "Argentina", "USD", "+54", 0.3},
    {"Santiago", "Chile", "CLP", "+56", 320},
    {"Lima", "Peru", "PEN", "+51", 0.95},
    {"São Paulo", "Brazil", "BRL", "+55", 1.6},
    {"Rio de Janeiro", "Brazil", "BRL", "+55", 1.5},
    {"London", "United Kingdom", "GBP", "+44", 0.6},
    {"Manchester", "United Kingdom", "GBP", "+44", 0.48},
    {"Edinburgh", "United Kingdom", "GBP", "+44", 0.5},
    {"Bristol", "United Kingdom", "GBP", "+44", 0.48},
    {"Dublin", "Ireland", "EUR", "+353", 0.65},
    {"Berlin", "Germany", "EUR", "+49", 0.6},
    {"Munich", "Germany", "EUR", "+49", 0.68},
    {"Hamburg", "Germany", "EUR", "+49", 0.62},
    {"Frankfurt", "Germany", "EUR", "+49", 0.65},
    {"Zurich", "Switzerland", "CHF", "+41", 0.9},
    {"Vienna", "Austria", "EUR", "+43", 0.55},
    {"Paris", "France", "EUR", "+33", 0.55},
    {"Lyon", "France", "EUR", "+33", 0.48},
    {"Amsterdam", "Netherlands", "EUR", "+31", 0.6},
    {"Brussels", "Belgium", "EUR", "+32", 0.55},
    {"Madrid", "Spain", "EUR", "+34", 0.42},
    {"Barcelona", "Spain", "EUR", "+34", 0.42},
    {"Milan", "Italy", "EUR", "+39", 0.42},
    {"Rome", "Italy", "EUR", "+39", 0.38},
    {"Lisbon", "Portugal", "EUR", "+351", 0.35},
    {"Stockholm", "Sweden", "SEK", "+46", 6.3},
    {"Copenhagen", "Denmark", "DKK", "+45", 4.8},
    {"Oslo", "Norway", "NOK", "+47", 7.5},
    {"Helsinki", "Finland", "EUR", "+358", 0.55},
    {"Warsaw", "Poland", "PLN", "+48", 1.4},
    {"Kraków", "Poland", "PLN", "+48", 1.3},
    {"Prague", "Czechia", "CZK", "+420", 8},
    {"Budapest", "Hungary", "HUF", "+36", 108},
    {"Bucharest", "Romania", "RON", "+40", 1.4},
    {"Zagreb", "Croatia", "EUR", "+385", 0.3},
    {"Kyiv", "Ukraine", "USD", "+380", 0.3},
    {"Tallinn", "Estonia", "EUR", "+372", 0.4},
    {"Dubai", "United Arab Emirates", "AED", "+971", 2.6},
    {"Istanbul", "Türkiye", "TRY", "+90", 8},
    {"Cairo", "Egypt", "EGP", "+20", 6},
    {"Amman", "Jordan", "JOD", "+962", 0.2},
    {"Riyadh", "Saudi Arabia", "SAR", "+966", 2.25},
    {"Tel Aviv", "Israel", "ILS", "+972", 2.6},
    {"Lagos", "Nigeria", "NGN", "+234", 150},
    {"Accra", "Ghana", "GHS", "+233", 1.4},
    {"Nairobi", "Kenya", "KES", "+254", 20},
    {"Cape Town", "South Africa", "ZAR", "+27", 5.4},
    {"Johannesburg", "South Africa", "ZAR", "+27", 5.6},
    {"Bengaluru", "India", "INR", "+91", 22},
    {"Mumbai", "India", "INR", "+91", 21},
    {"Delhi", "India", "INR", "+91", 20},
    {"Hyderabad", "India", "INR", "+91", 20},
    {"Pune", "India", "INR", "+91", 19},
    {"Chennai", "India", "INR", "+91", 18},
    {"Singapore", "Singapore", "SGD", "+65", 1.0},
    {"Hong Kong", "Hong Kong", "HKD", "+852", 5.5},
    {"Shanghai", "China", "CNY", "+86", 2.5},
    {"Beijing", "China", "CNY", "+86", 2.5},
    {"Taipei", "Taiwan", "TWD", "+886", 12.8},
    {"Seoul", "South Korea", "KRW", "+82", 675},
    {"Tokyo", "Japan", "JPY", "+81", 75},
    {"Osaka", "Japan", "JPY", "+81", 68},
    {"Ho Chi Minh City", "Vietnam", "VND", "+84", 3750},
    {"Hanoi", "Vietnam", "VND", "+84", 3500},
    {"Manila", "Philippines", "PHP", "+63", 8.4},
    {"Jakarta", "Indonesia", "IDR", "+62", 2400},
    {"Kuala Lumpur", "Malaysia", "MYR", "+60", 1.4},
    {"Bangkok", "Thailand", "THB", "+66", 9},
    {"Sydney", "Australia", "AUD", "+61", 1.13},
    {"Melbourne", "Australia", "AUD", "+61", 1.08},
    {"Auckland", "New Zealand", "NZD", "+64", 1.0},
};

constexpr const char *universitySource
    = "University of Toronto|Technical University of Munich|University of Cambridge|ETH Zürich|"
      "University of Buenos Aires|Indian Institute of Technology Bombay|National University of Singapore|"
      "University of Lagos|University of Nairobi|Seoul National University|University of Tokyo|"
      "Tsinghua University|University of São Paulo|KTH Royal Institute of Technology|University of Warsaw|"
      "Sorbonne University|Politecnico di Milano|University of Melbourne|University of California, Los "
      "Angeles|"
      "University of Michigan|Georgia Institute of Technology|University of Texas at Austin|McGill "
      "University|"
      "Delft University of Technology|University of Amsterdam|Complutense University of Madrid|"
      "American University in Cairo|University of Cape Town|Charles University|University of Helsinki|"
      "Trinity College Dublin|University of Edinburgh|Universidad de los Andes|University of the Philippines|"
      "Vietnam National University|Middle East Technical University|Tel Aviv University|University of Ghana";

struct SourceEntry
{
    const char *name;
    int weight;
};

const SourceEntry sourceEntries[] = {
    {"LinkedIn", 28}, {"Careers site", 20}, {"Referral", 14}, {"Sourced", 12},
    {"Indeed", 11},   {"Agency", 6},        {"Event", 5},     {"Glassdoor", 4},
};

// RFC 2606 names: looks like mail, reaches no one.
constexpr const char *emailHostSource
    = "mail.example|inbox.example|post.example|example.com|example.net|example.org";

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

PeopleData build()
{
    PeopleData data;
    QHash<QString, QList<int>> citiesByCountry;
    for (const CitySource &source : citySources) {
        City city {QString::fromUtf8(source.name), QString::fromUtf8(source.country),
                   QString::fromLatin1(source.currency), QString::fromLatin1(source.dialCode),
                   source.salaryFactor};
        citiesByCountry[city.country].append(int(data.cities.size()));
        data.cities.append(city);
    }
    for (const CultureSource &source : cultureSources) {
        Culture culture;
        culture.name = QString::fromUtf8(source.name);
        culture.weight = source.weight;
        culture.firstNames = split(source.firstNames);
        culture.lastNames = split(source.lastNames);
        for (const QString &country : split(source.homeCountries))
            culture.homeCities.append(citiesByCountry.value(country));
        data.cultureWeights.append(culture.weight);
        data.cultures.append(culture);
    }
    data.universities = split(universitySource);
    for (const SourceEntry &entry : sourceEntries) {
        data.sources.append(Source {QString::fromUtf8(entry.name), entry.weight});
        data.sourceWeights.append(entry.weight);
    }
    data.emailHosts = split(emailHostSource);
    return data;
}

} // namespace

const PeopleData &peopleData()
{
    static const PeopleData data = build();
    return data;
}

QString asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (c.isLetterOrNumber())
                out.append(c.toLower());
            continue;
        }
        // Letters that do not decompose into a base letter and a mark.
        switch (u) {
        case u'ß':
            out.append(QLatin1String("ss"));
            break;
        case u'ø':
        case u'Ø':
            out.append(QLatin1Char('o'));
            break;
        case u'ł':
        case u'Ł':
            out.append(QLatin1Char('l'));
            break;
        case u'đ':
        case u'Đ':
            out.append(QLatin1Char('d'));
            break;
        case u'æ':
        case u'Æ':
            out.append(QLatin1String("ae"));
            break;
        case u'œ':
        case u'Œ':
            out.append(QLatin1String("oe"));
            break;
        case u'ı':
            out.append(QLatin1Char('i'));
            break;
        default:
            break; // combining marks and anything else without an ASCII form
        }
    }
    return out;
}

} // namespace Tandem::Demo
