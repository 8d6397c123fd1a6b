package org.exposuite.loadtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registration bodies as the opening day brings them: mostly Chinese visitors (names in Chinese with a pinyin
 * transcription), and guests from abroad in their own scripts. E-mail addresses are unique per run.
 */
final class Attendees {

    /** Native family name, native given name, Latin transcription, ASCII handle for the e-mail, country. */
    private record Person(String family, String given, String latin, String handle, String country) {
    }

    private static final String[][] CHINESE_FAMILY = {
            {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"}, {"黄", "Huang"},
            {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"}, {"孙", "Sun"}, {"马", "Ma"}, {"胡", "Hu"},
            {"郭", "Guo"}, {"何", "He"}, {"罗", "Luo"}, {"龙", "Long"}, {"欧阳", "Ouyang"}, {"司马", "Sima"}};
    private static final String[][] CHINESE_GIVEN = {
            {"伟", "Wei"}, {"芳", "Fang"}, {"娜", "Na"}, {"秀英", "Xiuying"}, {"敏", "Min"}, {"静", "Jing"}, {"强", "Qiang"},
            {"磊", "Lei"}, {"军", "Jun"}, {"洋", "Yang"}, {"艳", "Yan"}, {"杰", "Jie"}, {"涛", "Tao"}, {"明", "Ming"},
            {"晓东", "Xiaodong"}, {"雨萱", "Yuxuan"}, {"子涵", "Zihan"}, {"浩然", "Haoran"}, {"嘉怡", "Jiayi"}, {"建国", "Jianguo"}};
    private static final Person[] GUESTS = {
            new Person("Müller", "Jürgen", "Jürgen Müller", "juergen.mueller", "DE"),
            new Person("García", "Lucía", "Lucía García", "lucia.garcia", "ES"),
            new Person("Dubois", "Amélie", "Amélie Dubois", "amelie.dubois", "FR"),
            new Person("O'Connor", "Siobhán", "Siobhán O'Connor", "siobhan.oconnor", "IE"),
            new Person("Smith", "Olivia", "Olivia Smith", "olivia.smith", "GB"),
            new Person("Johnson", "Michael", "Michael Johnson", "michael.johnson", "US"),
            new Person("Nguyễn", "Thị Lan", "Nguyễn Thị Lan", "lan.nguyen", "VN"),
            new Person("Kowalski", "Piotr", "Piotr Kowalski", "piotr.kowalski", "PL"),
            new Person("Иванов", "Алексей", "Aleksei Ivanov", "aleksei.ivanov", "RU"),
            new Person("Сейткали", "Айгерим", "Aigerim Seitkali", "aigerim.seitkali", "KZ"),
            new Person("田中", "結衣", "Tanaka Yui", "yui.tanaka", "JP"),
            new Person("김", "민준", "Kim Minjun", "minjun.kim", "KR"),
            new Person("الفارسي", "أحمد", "Ahmed Al-Farsi", "ahmed.alfarsi", "AE"),
            new Person("Khan", "Imran", "Imran Khan", "imran.khan", "PK"),
            new Person("Tan", "Wei Ling", "Tan Wei Ling", "weiling.tan", "SG")};
    private static final String[] ORGANIZATIONS = {
            "贵阳大数据交易所", "华为技术有限公司", "阿里云计算有限公司", "腾讯云", "贵州大学", "中国移动贵州公司", "浪潮集团",
            "满帮集团", "贵州师范大学", "科大讯飞", "Siemens AG", "Dell Technologies", "Université de Lyon", "Startup Hub Singapore",
            "Qualcomm", "Microsoft Research Asia"};
    private static final String[] JOB_TITLES = {
            "数据工程师", "总经理", "产品经理", "首席技术官", "研究员", "市场总监", "学生", "Data scientist", "Journalist", "Investor"};
    private static final String[] THEMES = {
            "INTERNATIONAL", "DIGITAL_APPLICATIONS", "FRONTIER_TECHNOLOGY", "DIGITAL_HARDWARE",
            "INNOVATION_AND_ENTREPRENEURSHIP", "DIGITAL_EXPERIENCE", "BELT_AND_ROAD"};
    private static final String[] DOMAINS = {"example.cn", "example.com", "example.org", "mail.example.cn"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 5, 26);
    private static final int EXPO_DAYS = 4;

    private final String runId;
    private final AtomicLong sequence = new AtomicLong();

    Attendees(String runId) {
        this.runId = runId.toLowerCase(java.util.Locale.ROOT);
    }

    /** A new attendee's registration for the category; days are picked when the category lets attendees choose. */
    String registration(String category, boolean chooseDays) {
        return registration(category, chooseDays ? randomDays(ThreadLocalRandom.current()) : List.of());
    }

    /** A new attendee's registration for the category on the given days (none: a category for all days). */
    String registration(String category, List<String> days) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long n = sequence.incrementAndGet();
        Person person = random.nextInt(100) < 80 ? chinese(random) : GUESTS[random.nextInt(GUESTS.length)];
        String email = person.handle() + "." + runId + "." + n + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
        String phone = "CN".equals(person.country())
                ? String.format(java.util.Locale.ROOT, "+86 13%d %04d %04d", random.nextInt(10), random.nextInt(10_000), random.nextInt(10_000))
                : String.format(java.util.Locale.ROOT, "+%d %03d %04d", 30 + random.nextInt(60), random.nextInt(1000), random.nextInt(10_000));

        StringBuilder json = new StringBuilder(512).append('{');
        field(json, "category", category);
        if (!days.isEmpty()) {
            StringJoiner list = new StringJoiner(",", "[", "]");
            days.forEach(day -> list.add('"' + day + '"'));
            json.append(",\"days\":").append(list);
        }
        json.append(',');
        field(json, "familyName", person.family());
        json.append(',');
        field(json, "givenName", person.given());
        json.append(',');
        field(json, "latinName", person.latin());
        json.append(',');
        field(json, "email", email);
        json.append(',');
        field(json, "phone", phone);
        json.append(',');
        field(json, "organization", ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)]);
        json.append(',');
        field(json, "jobTitle", JOB_TITLES[random.nextInt(JOB_TITLES.length)]);
        json.append(',');
        field(json, "country", person.country());
        json.append(",\"interests\":").append(interests(random));
        json.append(",\"consents\":{\"privacyPolicy\":true,\"shareContactWithExhibitors\":").append(random.nextInt(100) < 40).append('}');
        return json.append('}').toString();
    }

    /** A run of consecutive expo days, as visitors choose them. */
    private static List<String> randomDays(ThreadLocalRandom random) {
        int first = random.nextInt(EXPO_DAYS);
        int count = 1 + random.nextInt(EXPO_DAYS - first);
        List<String> days = new ArrayList<>();
        for (int d = first; d < first + count; d++) {
            days.add(FIRST_DAY.plusDays(d).toString());
        }
        return days;
    }

    private static Person chinese(ThreadLocalRandom random) {
        String[] family = CHINESE_FAMILY[random.nextInt(CHINESE_FAMILY.length)];
        String[] given = CHINESE_GIVEN[random.nextInt(CHINESE_GIVEN.length)];
        String handle = (given[1] + "." + family[1]).toLowerCase(java.util.Locale.ROOT);
        return new Person(family[0], given[0], family[1] + " " + given[1], handle, "CN");
    }

    private static String interests(ThreadLocalRandom random) {
        List<String> chosen = new ArrayList<>();
        for (String theme : THEMES) {
            if (random.nextInt(100) < 30) {
                chosen.add('"' + theme + '"');
            }
        }
        return "[" + String.join(",", chosen) + "]";
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c);
            }
        }
        json.append('"');
    }
}
