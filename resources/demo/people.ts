import { idNumber } from './id-number';
import type { Random } from './random';

// Claimants, doctors and staff: common Chinese surnames and given names of the generations that fill
// oncology wards, and household-registration regions for the identity numbers.

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蔡', '蒋', '余',
  '于', '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
] as const;
const MALE_GIVEN = [
  '建国', '国强', '伟', '强', '军', '勇', '平', '刚', '杰', '磊', '斌', '涛', '明', '华', '志强', '建华', '建军', '海波',
  '峰', '俊', '辉', '鹏', '文斌', '亮', '永福', '红军', '德明', '春生', '卫东', '国华', '振华', '立新', '宏伟', '志刚', '晓东',
  '海涛', '庆华', '金龙', '文华', '荣生',
] as const;
const FEMALE_GIVEN = [
  '秀英', '桂英', '玉兰', '丽', '敏', '静', '艳', '芳', '娟', '霞', '红', '玲', '英', '慧', '燕', '梅', '琳', '萍', '淑珍',
  '秀兰', '凤英', '丽华', '春梅', '美玲', '雪梅', '桂芳', '晓燕', '丽娟', '海燕', '文静', '红梅', '素珍', '建英', '月华',
] as const;

export type Sex = 'M' | 'F';

export interface Region { code: string; city: string }

/** Household-registration regions by city; hospitals draw most patients from their own city. */
export const REGIONS: Record<string, readonly Region[]> = {
  上海: ['310101', '310104', '310105', '310106', '310107', '310110', '310112', '310115'].map((code) => ({ code, city: '上海' })),
  北京: ['110101', '110102', '110105', '110106', '110108'].map((code) => ({ code, city: '北京' })),
  广州: ['440103', '440104', '440105', '440106'].map((code) => ({ code, city: '广州' })),
  杭州: ['330102', '330105', '330106'].map((code) => ({ code, city: '杭州' })),
  南京: ['320102', '320104', '320106'].map((code) => ({ code, city: '南京' })),
  成都: ['510104', '510105', '510107'].map((code) => ({ code, city: '成都' })),
  武汉: ['420102', '420103', '420106'].map((code) => ({ code, city: '武汉' })),
};
/** Patients who travel to a big-city hospital from elsewhere. */
const OTHER_REGIONS: readonly Region[] = [
  { code: '320583', city: '昆山' }, { code: '330302', city: '温州' }, { code: '340102', city: '合肥' },
  { code: '360102', city: '南昌' }, { code: '370102', city: '济南' }, { code: '410105', city: '郑州' },
  { code: '430102', city: '长沙' }, { code: '350102', city: '福州' }, { code: '130102', city: '石家庄' },
];

export function personName(rng: Random, sex: Sex): string {
  return rng.pick(SURNAMES) + rng.pick(sex === 'M' ? MALE_GIVEN : FEMALE_GIVEN);
}

/** A staff name (doctor, pharmacist, cashier): any sex. */
export function staffName(rng: Random): string {
  return personName(rng, rng.chance(0.5) ? 'M' : 'F');
}

export interface Person {
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string;
  region: Region;
  weightKg: number;
  heightCm: number;
}

/** A patient of the given sex born between the years, registered in the hospital's city or nearby. */
export function patient(rng: Random, sex: Sex, city: string, bornFrom: number, bornTo: number, localOnly: boolean): Person {
  const year = rng.int(bornFrom, bornTo);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const local = REGIONS[city] ?? [];
  const region = localOnly || rng.chance(0.7) ? rng.pick(local) : rng.pick(OTHER_REGIONS);
  return {
    name: personName(rng, sex),
    sex,
    birthDate,
    idNumber: idNumber(region.code, birthDate, sex, rng.int(0, 499)),
    region,
    weightKg: sex === 'M' ? rng.int(52, 82) : rng.int(44, 70),
    heightCm: sex === 'M' ? rng.int(160, 180) : rng.int(150, 168),
  };
}
