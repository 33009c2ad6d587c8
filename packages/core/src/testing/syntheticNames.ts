/** One part of a Vietnamese name: as written in Vietnamese, in English-language sources, and in Russian (Cyrillic) sources. */
export interface VietnameseNamePart {
  vi: string;
  en: string;
  ru: string;
}

/** A Russian given name in Cyrillic and in English-language sources, with another Latin spelling some sources use. */
export interface RussianGivenName {
  ru: string;
  en: string;
  alt: string | null;
  female: boolean;
}

/** A Russian surname (masculine form) in Cyrillic and in English-language sources. */
export interface RussianSurname {
  ru: string;
  en: string;
}

const vn = (line: string): VietnameseNamePart[] =>
  line.split(";").map((triple) => {
    const [vi, en, ru] = triple.split("|").map((s) => s.trim());
    return { vi: vi!, en: en!, ru: ru! };
  });

/** Name parts for synthetic people; every list is distinct after accent folding, so combinations never clash. */
export const syntheticNames = {
  vietnameseFamily: vn(
    "Nguyễn|Nguyen|Нгуен; Trần|Tran|Чан; Lê|Le|Ле; Phạm|Pham|Фам; Hoàng|Hoang|Хоанг; Huỳnh|Huynh|Хюинь; " +
      "Phan|Phan|Фан; Vũ|Vu|Ву; Võ|Vo|Во; Đặng|Dang|Данг; Bùi|Bui|Буй; Đỗ|Do|До; Hồ|Ho|Хо; Ngô|Ngo|Нго; " +
      "Dương|Duong|Зыонг; Lý|Ly|Ли; Vương|Vuong|Выонг; Trương|Truong|Чыонг; Đinh|Dinh|Динь; Lương|Luong|Лыонг; " +
      "Tô|To|То; Mai|Mai|Май; Đoàn|Doan|Доан; Cao|Cao|Као",
  ),
  vietnameseMiddle: vn(
    "Văn|Van|Ван; Thị|Thi|Тхи; Đình|Dinh|Динь; Minh|Minh|Минь; Quốc|Quoc|Куок; Hữu|Huu|Хыу; Đức|Duc|Дык; " +
      "Thanh|Thanh|Тхань; Xuân|Xuan|Суан; Hồng|Hong|Хонг; Ngọc|Ngoc|Нгок; Kim|Kim|Ким; Công|Cong|Конг; Bá|Ba|Ба; " +
      "Quang|Quang|Куанг; Trọng|Trong|Чонг; Anh|Anh|Ань",
  ),
  vietnameseGiven: vn(
    "Huệ|Hue|Хюэ; Hùng|Hung|Хунг; Ngân|Ngan|Нган; Lan|Lan|Лан; Tuấn|Tuan|Туан; Dũng|Dung|Зунг; Hải|Hai|Хай; " +
      "Phúc|Phuc|Фук; Thắng|Thang|Тханг; Mẫn|Man|Ман; Hà|Ha|Ха; Bình|Binh|Бинь; Cường|Cuong|Кыонг; Long|Long|Лонг; " +
      "Sơn|Son|Шон; Tâm|Tam|Там; Nam|Nam|Нам; Phong|Phong|Фонг; Khánh|Khanh|Кхань; Trung|Trung|Чунг; " +
      "Hiếu|Hieu|Хиеу; Quân|Quan|Куан; Vinh|Vinh|Винь; Thảo|Thao|Тхао; Linh|Linh|Линь; Hương|Huong|Хыонг; " +
      "Yến|Yen|Йен; Nga|Nga|Нга; Lực|Luc|Лык; Khải|Khai|Кхай; Chiến|Chien|Тьен; Đạt|Dat|Дат",
  ),
  russianGiven: (
    "Вячеслав|Vyacheslav|Viacheslav|m; Валентина|Valentina||f; Сергей|Sergey|Sergei|m; Андрей|Andrey|Andrei|m; " +
    "Алексей|Alexey|Aleksei|m; Дмитрий|Dmitry|Dmitrii|m; Николай|Nikolay|Nikolai|m; Юрий|Yury|Yuri|m; " +
    "Михаил|Mikhail||m; Владимир|Vladimir||m; Игорь|Igor||m; Олег|Oleg||m; Пётр|Pyotr|Petr|m; " +
    "Константин|Konstantin||m; Евгений|Yevgeny|Evgenii|m; Александр|Alexander|Aleksandr|m; " +
    "Виктор|Viktor|Victor|m; Борис|Boris||m; Леонид|Leonid||m; Геннадий|Gennady|Gennadii|m; " +
    "Анатолий|Anatoly|Anatolii|m; Павел|Pavel||m; Григорий|Grigory|Grigorii|m; Илья|Ilya|Ilia|m; Роман|Roman||m; " +
    "Максим|Maxim|Maksim|m; Артём|Artyom|Artem|m; Ирина|Irina||f; Елена|Yelena|Elena|f; Ольга|Olga||f; " +
    "Татьяна|Tatyana|Tatiana|f; Наталья|Natalya|Natalia|f; Светлана|Svetlana||f; Людмила|Lyudmila|Liudmila|f; " +
    "Галина|Galina||f; Марина|Marina||f; Анна|Anna||f; Мария|Maria||f; Екатерина|Yekaterina|Ekaterina|f; " +
    "Вера|Vera||f"
  )
    .split(";")
    .map((entry): RussianGivenName => {
      const [ru, en, alt, sex] = entry.split("|").map((s) => s.trim());
      return { ru: ru!, en: en!, alt: alt ? alt : null, female: sex === "f" };
    }),
  russianSurnames: (
    "Иванов|Ivanov; Петров|Petrov; Смирнов|Smirnov; Кузнецов|Kuznetsov; Попов|Popov; Соколов|Sokolov; " +
    "Лебедев|Lebedev; Козлов|Kozlov; Новиков|Novikov; Морозов|Morozov; Волков|Volkov; Соловьёв|Solovyov; " +
    "Васильев|Vasilyev; Зайцев|Zaytsev; Павлов|Pavlov; Семёнов|Semyonov; Голубев|Golubev; Виноградов|Vinogradov; " +
    "Богданов|Bogdanov; Воробьёв|Vorobyov; Фёдоров|Fyodorov; Михайлов|Mikhaylov; Беляев|Belyaev; " +
    "Тарасов|Tarasov; Белов|Belov; Комаров|Komarov; Орлов|Orlov; Киселёв|Kiselyov; Макаров|Makarov; " +
    "Андреев|Andreyev; Ковалёв|Kovalyov; Ильин|Ilyin; Гусев|Gusev; Титов|Titov; Кузьмин|Kuzmin; " +
    "Кудрявцев|Kudryavtsev; Баранов|Baranov; Куликов|Kulikov; Алексеев|Alekseyev; Степанов|Stepanov; " +
    "Яковлев|Yakovlev; Сорокин|Sorokin; Сергеев|Sergeyev; Романов|Romanov; Захаров|Zakharov; Борисов|Borisov; " +
    "Королёв|Korolyov; Герасимов|Gerasimov; Пономарёв|Ponomaryov; Григорьев|Grigoryev; Лазарев|Lazarev; " +
    "Медведков|Medvedkov; Ершов|Yershov; Никитин|Nikitin; Соболев|Sobolev; Рябов|Ryabov; Поляков|Polyakov; " +
    "Цветков|Tsvetkov; Данилов|Danilov; Жуковский|Zhukovsky; Фролов|Frolov; Журавлёв|Zhuravlyov; " +
    "Николаев|Nikolayev; Крылов|Krylov; Максимов|Maximov; Сидоров|Sidorov; Осипов|Osipov; Белоусов|Belousov; " +
    "Федотов|Fedotov; Дорофеев|Dorofeyev; Егоров|Yegorov; Матвеев|Matveyev; Бобров|Bobrov; Дмитриев|Dmitriyev; " +
    "Калинин|Kalinin; Анисимов|Anisimov; Петухов|Petukhov; Антонов|Antonov; Тимофеев|Timofeyev; " +
    "Никифоров|Nikiforov; Веселов|Veselov; Филиппов|Filippov; Марков|Markov; Большаков|Bolshakov; " +
    "Суханов|Sukhanov; Миронов|Mironov; Ширяев|Shiryaev; Александров|Alexandrov; Коновалов|Konovalov; " +
    "Шестаков|Shestakov; Казаков|Kazakov; Ефимов|Yefimov; Денисов|Denisov; Громов|Gromov; Фомин|Fomin; " +
    "Давыдов|Davydov; Мельников|Melnikov; Щербаков|Shcherbakov; Блинов|Blinov; Колесников|Kolesnikov; " +
    "Карпов|Karpov; Афанасьев|Afanasyev; Власов|Vlasov; Маслов|Maslov; Исаков|Isakov; Тихонов|Tikhonov; " +
    "Аксёнов|Aksyonov; Гаврилов|Gavrilov; Родионов|Rodionov; Котов|Kotov; Горбунов|Gorbunov; " +
    "Кудряшов|Kudryashov; Быков|Bykov; Зуев|Zuyev; Третьяков|Tretyakov; Савельев|Savelyev; Панов|Panov; " +
    "Рыбаков|Rybakov; Суворов|Suvorov; Абрамов|Abramov; Воронов|Voronov; Мухин|Mukhin; Архипов|Arkhipov; " +
    "Трофимов|Trofimov; Мартынов|Martynov; Емельянов|Yemelyanov; Горшков|Gorshkov; Чернов|Chernov; " +
    "Овчинников|Ovchinnikov; Добрынский|Dobrynsky; Луговской|Lugovskoy"
  )
    .split(";")
    .map((entry): RussianSurname => {
      const [ru, en] = entry.split("|").map((s) => s.trim());
      return { ru: ru!, en: en! };
    }),
  /** Fathers' names from which patronymics are formed (Виктор → Викторович / Викторовна). */
  patronymicStems: (
    "Виктор|Viktor; Иван|Ivan; Петр|Petr; Александр|Aleksandr; Владимир|Vladimir; Борис|Boris; Олег|Oleg; " +
    "Роман|Roman; Леонид|Leonid; Константин|Konstantin; Степан|Stepan; Федор|Fedor; Глеб|Gleb; Антон|Anton; " +
    "Денис|Denis; Максим|Maksim; Богдан|Bogdan; Руслан|Ruslan"
  )
    .split(";")
    .map((entry) => {
      const [ru, en] = entry.split("|").map((s) => s.trim());
      return { ru: ru!, en: en! };
    }),
} as const;

/** The feminine form of a Russian surname, in Cyrillic or Latin (Иванов → Иванова, Zhukovsky → Zhukovskaya). */
export function feminineSurname(surname: string): string {
  if (/(?:ский|цкий)$/u.test(surname)) return surname.slice(0, -2) + "ая";
  if (/ской$/u.test(surname)) return surname.slice(0, -2) + "ая";
  if (/(?:sky)$/u.test(surname)) return surname.slice(0, -1) + "aya";
  if (/(?:skoy)$/u.test(surname)) return surname.slice(0, -2) + "aya";
  if (/(?:ов|ев|ёв|ин|ын)$/u.test(surname)) return surname + "а";
  if (/(?:ov|ev|yov|in|yn)$/u.test(surname)) return surname + "a";
  return surname;
}
