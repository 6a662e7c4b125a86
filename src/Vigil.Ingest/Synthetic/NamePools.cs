namespace Vigil.Ingest.Synthetic;

/// <summary>Name pools from many cultures, so the ordinary population is diverse. Korean and Japanese names appear
/// in ordinary and benign personas as often as in planted ones: Vigil must never score name origin.</summary>
internal static class NamePools
{
    public static readonly NameCulture Anglo = new("anglo",
        ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen", "Daniel", "Emily", "Matthew", "Ashley", "Andrew", "Megan", "Ryan", "Hannah", "Tyler", "Olivia", "Ethan", "Abigail", "Logan", "Chloe", "Connor", "Grace"],
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "O'Brien", "McCarthy", "Sullivan", "Murphy"]);

    public static readonly NameCulture Hispanic = new("hispanic",
        ["José", "María", "Juan", "Guadalupe", "Luis", "Carmen", "Carlos", "Ana", "Jorge", "Sofía", "Miguel", "Valentina", "Alejandro", "Camila", "Diego", "Lucía", "Fernando", "Isabella", "Ricardo", "Daniela", "Andrés", "Gabriela", "Javier", "Paula"],
        ["García", "Martínez", "Rodríguez", "López", "Hernández", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Ruiz", "Vargas", "Castillo", "Jiménez", "Moreno"]);

    public static readonly NameCulture Indian = new("indian",
        ["Aarav", "Priya", "Vihaan", "Ananya", "Arjun", "Diya", "Rohan", "Isha", "Aditya", "Kavya", "Sai", "Pooja", "Rahul", "Neha", "Vikram", "Sneha", "Karthik", "Lakshmi", "Amit", "Divya", "Suresh", "Meera", "Nikhil", "Anjali"],
        ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Mehta", "Joshi", "Desai", "Chatterjee", "Banerjee", "Mukherjee", "Verma", "Agarwal", "Pillai", "Menon", "Krishnan", "Bhat", "Shah", "Kulkarni", "Naidu"]);

    public static readonly NameCulture Chinese = new("chinese",
        ["Wei", "Fang", "Jun", "Li", "Hao", "Mei", "Jing", "Yan", "Lei", "Xin", "Tao", "Ying", "Chen", "Hui", "Bo", "Lin", "Yu", "Qing", "Kai", "Xiaoming", "Jia", "Ning"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang"], FamilyFirst: true);

    public static readonly NameCulture Japanese = new("japanese",
        ["Haruto", "Yui", "Sota", "Hina", "Yuto", "Aoi", "Riku", "Sakura", "Takumi", "Yuna", "Kenji", "Misaki", "Daiki", "Naoko", "Hiroshi", "Emi", "Kazuki", "Ayaka", "Ryota", "Mai", "Shota", "Keiko", "Naoki", "Yuki"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori", "Ikeda", "Hashimoto", "Ishikawa", "Ogawa"], FamilyFirst: true);

    public static readonly NameCulture Korean = new("korean",
        ["Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Soo-ah", "Jae-won", "Ha-eun", "Dong-hyun", "Yuna", "Sung-min", "Eun-ji", "Joon", "Hye-jin", "Tae-yang", "Da-eun", "Daniel", "Grace", "Jason", "Christine", "Kevin", "Esther", "Brian", "Sarah"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"], FamilyFirst: true);

    public static readonly NameCulture German = new("german",
        ["Lukas", "Anna", "Leon", "Lea", "Felix", "Hannah", "Jonas", "Lena", "Maximilian", "Marie", "Paul", "Sophie", "Tim", "Laura", "Jan", "Julia", "Niklas", "Katharina", "Stefan", "Sabine"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger"]);

    public static readonly NameCulture French = new("french",
        ["Lucas", "Camille", "Hugo", "Léa", "Louis", "Manon", "Gabriel", "Chloé", "Arthur", "Inès", "Jules", "Élodie", "Théo", "Margaux", "Raphaël", "Céline", "Mathieu", "Amélie", "Nicolas", "Aurélie"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Girard", "Lefebvre"]);

    public static readonly NameCulture Polish = new("polish",
        ["Jakub", "Zuzanna", "Kacper", "Julia", "Szymon", "Maja", "Mateusz", "Zofia", "Michał", "Aleksandra", "Paweł", "Agnieszka", "Łukasz", "Małgorzata", "Piotr", "Katarzyna", "Tomasz", "Magdalena"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski"]);

    public static readonly NameCulture Portuguese = new("portuguese",
        ["João", "Maria", "Pedro", "Ana", "Gabriel", "Beatriz", "Lucas", "Mariana", "Mateus", "Larissa", "Rafael", "Fernanda", "Thiago", "Juliana", "Bruno", "Camila", "Felipe", "Letícia", "Gustavo", "Amanda"],
        ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Araújo", "Cardoso"]);

    public static readonly NameCulture Nigerian = new("nigerian",
        ["Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Adaeze", "Tunde", "Amaka", "Babajide", "Yetunde", "Ikechukwu", "Chiamaka", "Segun", "Folake", "Obinna", "Kemi", "Ifeanyi", "Zainab"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Olawale", "Nwosu", "Adebayo", "Ogunleye", "Chukwu", "Ibrahim", "Abubakar", "Onyeka", "Afolabi", "Obi", "Nnamdi", "Bello", "Ojo"]);

    public static readonly NameCulture Vietnamese = new("vietnamese",
        ["Anh", "Linh", "Minh", "Trang", "Huy", "Thảo", "Tuấn", "Ngọc", "Dũng", "Hương", "Khoa", "Mai", "Phúc", "Lan", "Quang", "Hà", "Đức", "Vy"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"], FamilyFirst: true);

    public static readonly NameCulture Arabic = new("arabic",
        ["Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Youssef", "Mariam", "Ali", "Nour", "Khalid", "Sara", "Hassan", "Huda", "Karim", "Rania", "Tariq", "Salma"],
        ["Al-Sayed", "Haddad", "Khalil", "Nasser", "Mansour", "Hamdan", "Saleh", "Farouk", "Aziz", "Rahman", "Qureshi", "Abdullah", "Darwish", "Yousef", "El-Amin", "Bakr"]);

    public static readonly NameCulture Slavic = new("slavic",
        ["Oleksandr", "Olena", "Dmytro", "Iryna", "Andriy", "Natalia", "Serhiy", "Oksana", "Maksym", "Kateryna", "Ivan", "Tetiana", "Yuriy", "Svitlana", "Artem", "Yulia", "Mykola", "Anastasia"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliynyk", "Lysenko", "Moroz", "Petrenko", "Savchenko", "Ivanov", "Smirnov", "Popov", "Volkov", "Sokolov", "Kuznetsov"]);

    public static readonly NameCulture Italian = new("italian",
        ["Francesco", "Giulia", "Alessandro", "Chiara", "Lorenzo", "Martina", "Matteo", "Sara", "Andrea", "Francesca", "Marco", "Elena", "Luca", "Valentina", "Davide", "Federica"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo"]);

    public static readonly NameCulture Filipino = new("filipino",
        ["Jose", "Maria", "Mark", "Angelica", "John Paul", "Kristine", "Christian", "Joy", "Rommel", "Maricel", "Jerome", "Rhea", "Paolo", "Bea"],
        ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada", "Castillo", "Flores", "Villanueva", "Ramos", "Dela Cruz", "Aquino"]);

    public static readonly NameCulture Dutch = new("dutch",
        ["Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Milan", "Sophie", "Jesse", "Fleur", "Thijs", "Anouk", "Bram", "Lotte"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters"]);

    public static readonly NameCulture[] All =
        [Anglo, Hispanic, Indian, Chinese, Japanese, Korean, German, French, Polish, Portuguese, Nigerian, Vietnamese, Arabic, Slavic, Italian, Filipino, Dutch];

    /// <summary>Westernised persona names of the kind reported for DPRK personas (PRF-11: "generic" names). They are
    /// ordinary names and also appear in the ordinary population; the name is never the signal.</summary>
    public static readonly string[] GenericPersonaGiven = ["James", "Victor", "Kevin", "Daniel", "Ryan", "Alex", "Brian", "Eric", "Jason", "David", "Michael", "Chris", "Anthony", "Benjamin", "Jenson"];

    public static readonly string[] GenericPersonaFamily = ["Lee", "Brown", "Kano", "Collins", "Keller", "Nguyen", "Walker", "Scott", "Miller", "Chen", "Watanabe", "Takeda", "Saito", "Murano", "Matsuda"];
}
