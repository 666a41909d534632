/**
 * Every piece of text a reader sees, in one place. Functions take the
 * already-formatted figures so the wording stays here and the formatting in
 * src/lib/format.ts.
 */
import type { CampaignKind, CampaignStatus } from "../schemas/campaign.ts";
import type { Derivation, Qualifier } from "../lib/figures.ts";
import { formatNumber, formatPercent } from "../lib/format.ts";
import { foldForSearch } from "../lib/search.ts";
import { chapter } from "../chapter.config.ts";

export const t = {
  skipToContent: "Bỏ qua, đến nội dung chính",
  nav: {
    label: "Điều hướng chính",
    home: "Trang chủ",
    news: "Tin tức",
    campaigns: "Chiến dịch",
    stats: "Số liệu",
  },
  footer: {
    contact: "Liên hệ",
    links: "Liên kết",
    dataNote:
      "Số liệu trên trang do Hội Chữ thập đỏ và Ban Chỉ đạo vận động hiến máu tình nguyện báo cáo; nguồn ghi dưới từng số liệu.",
  },
  units: "đơn vị máu",
  unitsShort: "đơn vị",
  home: {
    title: "Kết quả hiến máu tình nguyện",
    headlineFor: (year: number) => `Kết quả năm ${year}`,
    collected: "đơn vị máu tiếp nhận",
    ofTarget: (year: number) => `chỉ tiêu năm ${year}`,
    targetOf: (year: number) => `đơn vị, chỉ tiêu năm ${year}`,
    activities: "hoạt động tuyên truyền, vận động",
    participants: "người tham gia",
    nextTarget: (year: number) => `Mục tiêu năm ${year}`,
    latestNews: "Tin mới",
    allNews: "Xem tất cả tin tức",
    chartTitle: "Đơn vị máu theo năm",
    seeStats: "Xem toàn bộ số liệu",
  },
  news: {
    title: "Tin tức",
    description: "Tin tức về các ngày hội, chiến dịch và kết quả vận động hiến máu tình nguyện.",
    pageTitle: (page: number) => (page > 1 ? `Tin tức – trang ${page}` : "Tin tức"),
    empty: "Chưa có bài viết nào.",
    by: "Tác giả",
    published: "Ngày đăng",
    source: "Nguồn",
    sourceWithAuthors: (name: string, authors: string) => `${name} (${authors})`,
    readOriginal: "Đọc bài gốc",
    campaignsInArticle: "Chiến dịch trong bài",
    backToList: "Tất cả tin tức",
    pagination: "Phân trang",
    previous: "Trang trước",
    next: "Trang sau",
    pageOf: (page: number, total: number) => `Trang ${page} / ${total}`,
  },
  campaigns: {
    title: "Chiến dịch hiến máu",
    description: "Các ngày hội, chiến dịch và ngày hiến máu, xếp theo năm, với số đơn vị máu tiếp nhận.",
    year: (year: number) => `Năm ${year}`,
    empty: "Chưa có chiến dịch nào.",
    kind: "Loại hình",
    dates: "Thời gian",
    place: "Địa điểm",
    organiser: "Đơn vị tổ chức",
    status: "Trạng thái",
    collected: "Đơn vị máu tiếp nhận",
    target: "Chỉ tiêu",
    progress: "Đạt so với chỉ tiêu",
    participants: "Người tham gia",
    registration: "Cách đăng ký",
    articles: "Bài viết về chiến dịch",
    noArticles: "Chưa có bài viết nào về chiến dịch này.",
    noTarget: "Nguồn không nêu chỉ tiêu riêng cho chiến dịch này.",
    unknown: "Nguồn chưa nêu",
    back: "Tất cả chiến dịch",
    figuresSource: "Nguồn số liệu",
  },
  kinds: {
    festival: "Ngày hội hiến máu",
    campaign: "Chiến dịch",
    "ward-day": "Ngày hiến máu tại phường",
    other: "Hoạt động khác",
  } satisfies Record<CampaignKind, string>,
  statuses: {
    planned: "Sắp diễn ra",
    ongoing: "Đang diễn ra",
    done: "Đã kết thúc",
  } satisfies Record<CampaignStatus, string>,
  stats: {
    title: "Số liệu hiến máu",
    description: "Số đơn vị máu tiếp nhận theo năm so với chỉ tiêu, và theo từng chiến dịch.",
    perYear: "Đơn vị máu tiếp nhận theo năm, so với chỉ tiêu",
    perCampaign: "Đơn vị máu theo chiến dịch",
    otherFigures: "Hoạt động và người tham gia theo năm",
    assignedQuota: `Số ${chapter.quotaSetter} giao`,
    chooseYear: "Chọn năm",
    year: "Năm",
    campaign: "Chiến dịch",
    collected: "Tiếp nhận",
    target: "Chỉ tiêu",
    percent: "Đạt",
    activities: "Hoạt động",
    participants: "Người tham gia",
    total: "Tổng",
    source: "Nguồn",
    tableCaption: "Bảng số liệu",
    /** Told apart when the same chart is on a page twice: "Bảng số liệu: Đơn vị máu theo năm (lần 2)". */
    repeated: (nth: number) => `(lần ${nth})`,
    derivedMark: "*",
    /** Read out by screen readers after a derived figure, whose visible mark is hidden from them. */
    derivedSpoken: "(số suy ra)",
    derivedLegend: "* Số suy ra, không do nguồn nêu trực tiếp; cách tính ghi ở chú thích.",
    noData: "Chưa có số liệu.",
    notReported: "–",
    chartLoading: "Biểu đồ sẽ hiện khi cuộn tới; bảng số liệu ở ngay dưới.",
    campaignsNote: (year: number) => `Các chiến dịch năm ${year} mà nguồn nêu số liệu.`,
  },
  search: {
    title: "Tìm kiếm",
    description: "Tìm trong tin tức và các chiến dịch hiến máu; gõ có dấu hay không dấu đều được.",
    label: "Tìm kiếm trên trang",
    placeholder: `Ví dụ: hiến máu, ${chapter.searchExample}`,
    submit: "Tìm",
    hint: `Gõ có dấu hay không dấu đều được: “${foldForSearch(chapter.searchExample)}” cũng tìm ra “${chapter.searchExample}”.`,
    noScript: "Trang tìm kiếm cần JavaScript. Bạn vẫn có thể xem danh sách tin tức và chiến dịch.",
    loading: "Đang tìm…",
    unavailable: "Chưa tải được bộ tìm kiếm. Vui lòng thử lại sau.",
    empty: (query: string) => `Không tìm thấy kết quả cho “${query}”.`,
    count: (formattedCount: string, query: string) => `${formattedCount} kết quả cho “${query}”`,
    more: "Xem thêm kết quả",
    kindArticle: "Tin tức",
    kindCampaign: "Chiến dịch",
  },
  feeds: {
    rssTitle: (shortName: string) => `Tin tức – ${shortName}`,
    rssDescription: "Tin mới về các ngày hội, chiến dịch và kết quả vận động hiến máu tình nguyện.",
    subscribe: "Theo dõi tin qua RSS",
  },
  dataset: {
    name: (area: string) => `Số liệu hiến máu tình nguyện ${area}`,
    variables: ["Đơn vị máu tiếp nhận", "Chỉ tiêu đơn vị máu", "Tỷ lệ đạt chỉ tiêu (%)"],
  },
  openData: {
    download: "Tải số liệu",
    csv: "CSV",
    json: "JSON",
    csvTitle: (title: string) => `${title} (CSV, mở được bằng Excel)`,
    jsonTitle: (title: string) => `${title} (JSON)`,
    columns: {
      collected: "Tiếp nhận (đơn vị máu)",
      qualifier: "Nguồn ghi",
      target: "Chỉ tiêu (đơn vị máu)",
      targetDerived: "Chỉ tiêu là số suy ra",
      percent: "Đạt (%)",
      percentDerived: "Tỷ lệ là số suy ra",
      source: "Nguồn",
      sourceDate: "Ngày nguồn công bố",
      qualifierWords: { over: "hơn", about: "khoảng" },
      yes: "có",
      no: "không",
    },
  },
  statsHelp: {
    title: "Cách đọc số liệu",
    terms: [
      {
        term: "Đơn vị máu",
        text: "Đơn vị mà ngành huyết học dùng để đếm lượng máu tiếp nhận. Các số trên trang là số đơn vị máu do nguồn báo cáo, trang không quy đổi hay làm tròn.",
      },
      {
        term: "Chỉ tiêu",
        text: `Số đơn vị máu mà một năm hoặc một chiến dịch đặt ra phải đạt: có khi do ${chapter.quotaSetter} giao, có khi do Ban Chỉ đạo vận động hiến máu tình nguyện tự đặt cao hơn. Ghi chú của từng năm cho biết chỉ tiêu đó là chỉ tiêu nào.`,
      },
      {
        term: "Đạt (%)",
        text: "Số đơn vị máu tiếp nhận chia cho chỉ tiêu, nhân 100. Trên 100 % là vượt chỉ tiêu.",
      },
      {
        term: "Số có dấu *",
        text: "Số suy ra: khi nguồn chỉ nêu hai trong ba số (tiếp nhận, chỉ tiêu, tỷ lệ đạt), trang tính số còn lại và ghi cách tính ngay dưới bảng.",
      },
      {
        term: "“hơn”, “khoảng”",
        text: "Trang giữ đúng cách nguồn viết: “hơn 3.792” nghĩa là nguồn không nêu con số chính xác.",
      },
      {
        term: "Nguồn",
        text: "Số liệu lấy từ báo cáo của Hội Chữ thập đỏ và Ban Chỉ đạo vận động hiến máu tình nguyện, qua báo chí. Tên nguồn ghi dưới từng biểu đồ và trong từng tệp tải về, kèm ngày nguồn công bố.",
      },
      {
        term: "Tải số liệu",
        text: "Mỗi biểu đồ có tệp CSV (mở được bằng Excel, mã UTF-8) và tệp JSON, tạo cùng lúc với trang từ cùng số liệu. Số thập phân dùng dấu chấm (172.9) để mọi phần mềm đọc giống nhau; cột “Nguồn ghi” cho biết số nào nguồn ghi là “hơn” hay “khoảng”.",
      },
    ],
    downloadsTitle: "Tải toàn bộ số liệu",
  },
  report: {
    title: (year: number) => `Báo cáo hiến máu tình nguyện năm ${year}`,
    shortTitle: (year: number) => `Báo cáo năm ${year}`,
    description: (year: number, area: string) =>
      `Kết quả vận động hiến máu tình nguyện ${area} năm ${year}: tổng số đơn vị máu so với chỉ tiêu, từng chiến dịch, biểu đồ và bài viết.`,
    listTitle: "Báo cáo từng năm",
    listDescription: "Mỗi năm một trang tổng kết, in được thành báo cáo khổ A4.",
    prepared: (date: string) => `Trang lập ngày ${date} từ số liệu đã công bố.`,
    print: "In báo cáo hoặc lưu PDF",
    totals: "Tổng kết năm",
    noTotals: (year: number) => `Nguồn chưa báo cáo số đơn vị máu tiếp nhận năm ${year}.`,
    collected: "Đơn vị máu tiếp nhận",
    target: "Chỉ tiêu (đơn vị máu)",
    percent: "Đạt so với chỉ tiêu",
    activities: "Hoạt động tuyên truyền, vận động",
    participants: "Người tham gia",
    campaigns: "Các chiến dịch trong năm",
    noCampaigns: "Nguồn chưa nêu chiến dịch nào trong năm này.",
    charts: "Biểu đồ",
    articles: "Bài viết trong năm",
    noArticles: "Chưa có bài viết nào về năm này.",
    sources: "Nguồn số liệu",
    otherYears: "Báo cáo các năm khác",
    allReports: "Báo cáo từng năm",
  },
  upcoming: {
    title: "Lịch hiến máu sắp tới",
    navLabel: "Lịch hiến máu",
    description: "Các ngày hội và điểm hiến máu sắp diễn ra: ngày, địa điểm và cách đăng ký.",
    homeTitle: "Sắp diễn ra",
    seeAll: "Xem lịch hiến máu",
    empty: "Hiện chưa có lịch hiến máu mới. Khi Hội Chữ thập đỏ công bố ngày hiến máu tiếp theo, lịch sẽ hiện ở đây.",
    emptyHelp: "Trong lúc chờ, bạn có thể xem các chiến dịch đã qua hoặc liên hệ Hội theo địa chỉ ở cuối trang.",
    pastCampaigns: "Các chiến dịch đã qua",
    when: "Ngày",
    where: "Địa điểm",
    organiser: "Đơn vị tổ chức",
    register: "Cách đăng ký",
    registerUnknown: "Hội sẽ thông báo cách đăng ký trước ngày hiến máu.",
    dateUnknown: "Chưa công bố ngày cụ thể",
    details: "Xem chi tiết",
    subscribe: "Theo dõi lịch trên điện thoại",
    subscribeHelp:
      "Thêm lịch này vào ứng dụng Lịch của điện thoại để luôn thấy các ngày hiến máu mới. Nếu nút không mở được ứng dụng, hãy tải tệp lịch rồi mở nó.",
    subscribeLink: "Theo dõi lịch",
    downloadIcs: "Tải tệp lịch (.ics)",
    calendarName: (shortName: string) => `Lịch hiến máu – ${shortName}`,
  },
  navigation: {
    breadcrumb: "Bạn đang ở",
    related: "Bài liên quan",
    adjacent: "Bài trước và bài sau",
    previous: "Bài trước",
    next: "Bài sau",
    topics: "Chủ đề",
  },
  topics: {
    title: "Chủ đề",
    description: "Các bài viết xếp theo chủ đề.",
    topicTitle: (label: string) => `Chủ đề: ${label}`,
    topicDescription: (label: string, count: string) => `${count} bài viết về chủ đề “${label}”.`,
    count: (count: string) => `${count} bài`,
    empty: "Chưa có chủ đề nào.",
    browse: "Xem tin theo chủ đề",
  },
  share: {
    articleKind: "Tin tức",
    siteDetail: "Tin tức · Chiến dịch · Số liệu",
    campaignUnits: (units: string) => `${units} đơn vị máu`,
    imageAlt: (title: string) => `Ảnh chia sẻ: ${title}`,
  },
  notFound: {
    title: "Không tìm thấy trang",
    body: "Trang bạn tìm không có hoặc đã được chuyển đi.",
    home: "Về trang chủ",
  },
  /**
   * Figures with their sources, campaign times and goals, and the terms of the
   * open data (issue 18, data side): kept in one block so the reader-side
   * changes to this file merge cleanly.
   */
  records: {
    sources: {
      title: "Nguồn số liệu",
      /** "Nguồn:" before a list of sources beside some figures. */
      label: "Nguồn",
      published: (date: string) => `công bố ngày ${date}`,
      dateUnknown: "không rõ ngày công bố",
      gives: (figures: string) => `cho số liệu: ${figures}`,
      onSite: "bài trên trang",
      original: "bản gốc",
      yearSources: (year: number) => `Nguồn số liệu năm ${year}`,
      /** What each figure field is called when a source is said to give it. */
      fields: {
        unitsCollected: "đơn vị máu tiếp nhận",
        unitTarget: "chỉ tiêu",
        percentOfTarget: "tỷ lệ đạt chỉ tiêu",
        quotaUnits: `số ${chapter.quotaSetter} giao`,
        targetPercentOfQuota: `mục tiêu so với số ${chapter.quotaSetter} giao`,
        activities: "số hoạt động",
        participants: "số người tham gia",
        registered: "số người đăng ký",
        donors: "số người hiến máu",
      } as Record<string, string>,
    },
    quota: {
      targetPercentOfQuota: `Mục tiêu so với số ${chapter.quotaSetter} giao`,
    },
    home: {
      /** "bằng 182 % số Thành phố giao" after next year's target. */
      ofQuota: (percent: number) => `bằng ${formatPercent(percent)} số ${chapter.quotaSetter} giao`,
      quota: `số ${chapter.quotaSetter} giao`,
    },
    campaign: {
      goal: "Mục tiêu",
      goalUnits: (units: string) => `${units} đơn vị máu`,
      registered: "Người đăng ký",
      donors: "Người hiến máu",
      participants: "Người tham gia",
      time: "Giờ",
      timeRange: (start: string, end?: string) => (end ? `${start} – ${end}` : `từ ${start}`),
      planTitle: "Kế hoạch",
      resultTitle: "Kết quả",
      addToCalendar: "Thêm vào lịch",
      addToCalendarHelp: "Theo dõi lịch hiến máu trên điện thoại để không lỡ ngày này.",
      noResultYet: "Kết quả sẽ được cập nhật sau khi chiến dịch kết thúc.",
    },
    calendar: {
      /** The event's text in a calendar app: what it is, its goal and how to register, a line each. */
      eventDescription: (
        description: string | undefined,
        goalUnits: number | undefined,
        registration: string | undefined,
      ) =>
        [
          description,
          goalUnits !== undefined ? `Mục tiêu: ${formatNumber(goalUnits)} đơn vị máu.` : undefined,
          registration ? `Cách đăng ký: ${registration}` : undefined,
        ]
          .filter(Boolean)
          .join("\n"),
    },
    upcoming: {
      placeUnknown: "Hội sẽ thông báo địa điểm trước ngày hiến máu.",
      /** Shown, with the help of a tiny script, when every listed drive has ended since the page was built. */
      allPast: "Các ngày hiến máu trong danh sách đã qua. Lịch mới sẽ hiện ở đây khi Hội công bố.",
    },
    openData: {
      licence: "Giấy phép",
      howToCite: "Cách trích dẫn",
      citation: (chapterName: string, title: string, pageUrl: string, licence: string) =>
        `${chapterName}, “${title}”, ${pageUrl}, giấy phép ${licence}.`,
      licenceLine: (licence: string) => `Số liệu được chia sẻ theo giấy phép ${licence}: ghi rõ nguồn khi dùng lại.`,
      columns: {
        sourceUrl: "Địa chỉ nguồn",
        licence: "Giấy phép",
        citation: "Cách trích dẫn",
        dateUnknown: "không rõ",
      },
    },
  },
  qualifier: {
    over: "hơn",
    about: "khoảng",
  } satisfies Record<Qualifier, string>,
} as const;

/** "hơn 3.792" / "3.792": a reported count with the source's own hedge. */
export function withQualifier(formatted: string, qualifier?: Qualifier): string {
  return qualifier ? `${t.qualifier[qualifier]} ${formatted}` : formatted;
}

/** One sentence saying how a derived figure was worked out. */
export function explainDerivation(d: Derivation): string {
  switch (d.kind) {
    case "target-from-percent":
      return `Số suy ra: ${formatNumber(d.units)} đơn vị đạt ${formatPercent(d.percent)} chỉ tiêu, nên chỉ tiêu khoảng ${formatNumber(d.units)} ÷ ${formatPercent(d.percent)}.`;
    case "percent-from-target":
      return `Số suy ra: ${formatNumber(d.units)} ÷ ${formatNumber(d.target)} đơn vị chỉ tiêu.`;
    case "quota-from-percent":
      return `Số suy ra: mục tiêu ${formatNumber(d.target)} đơn vị bằng ${formatPercent(d.percent)} số lượng ${chapter.quotaSetter} giao, nên số ${chapter.quotaSetter} giao khoảng ${formatNumber(d.target)} ÷ ${formatPercent(d.percent)}.`;
    case "sum-of-years":
      return `Số suy ra: cộng số đơn vị máu các năm ${d.years.join(", ")}.`;
  }
}

/** The one-sentence meaning a chart caption ends with. */
export function yearVerdict(year: number, percent?: number): string | undefined {
  if (percent === undefined) return undefined;
  // Exactly 100 % (or less than 0,05 over) reached the target; it did not exceed it "by 0 %".
  const over = Math.round((percent - 100) * 10) / 10;
  if (over > 0) return `Năm ${year} vượt chỉ tiêu ${formatPercent(over)}.`;
  return `Năm ${year} đạt ${formatPercent(percent)} chỉ tiêu.`;
}

/** A figure as text: "hơn 3.792", "khoảng 2.193", "172,9 %". */
export function figureText(
  figure: { value: number; qualifier?: Qualifier },
  kind: "number" | "percent" = "number",
): string {
  const formatted = kind === "percent" ? formatPercent(figure.value) : formatNumber(figure.value);
  return withQualifier(formatted, figure.qualifier);
}

/** "Nguồn: A; B" from the distinct source names of some records. */
export function sourceLine(names: string[]): string {
  const distinct = [...new Set(names)];
  return `${t.stats.source}: ${distinct.join("; ")}.`;
}

/** Footnotes ([^1]) and tables in articles, written by Sätteri (astro.config.mjs, src/lib/article-tables.ts). */
export const markdownText = {
  footnotesLabel: "Chú thích",
  /** {reference} becomes the footnote's number. */
  footnoteBackLabel: "Quay lại chỗ dẫn chú thích {reference}",
  /** The name screen readers give the scrolling box around a table in an article: its caption, else its place. */
  tableLabel: (position: number, caption?: string) => caption ?? `Bảng ${position} trong bài`,
};
