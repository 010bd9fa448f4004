#!/usr/bin/env python3
"""Rewrite articles the other ways sites and offices print them and list
the documents whose records change: a probe of how general the grammar
is, for articles no gold covers.

usage: scripts/variants.py BIN REWRITE FILE...
  BIN      a chitieu binary (target/debug/chitieu)
  REWRITE  space | nosep (thousands grouped by a space / not at all),
           nfd, curly (quotes), pct (`5 %`), crlf, nbsp, dash (en dash
           in ranges), blank (blank lines between paragraphs), indent,
           trail (trailing spaces), bullet (`•` for `-`), plus, capshead
           (headline in capitals), capstitle (report title in capitals),
           html (one <p> a line), expand / abbrev (long and short forms
           of organisations), tabs / pipes (table cells), eth (`Ð` for
           `Đ`), oldtone (`hoà` for `hòa`)
Rewritten copies go to $PROBE_DIR/w-REWRITE (default /tmp/chitieu-variants).
Units are compared folded as ../shared/tools/score.py folds them, metrics
case-folded. `-` lines are the original's records lost, `+` the
rewrite's gained. The Rust tests hold the rewrites that read alike now
(tests/variants.rs, number_formats.rs, rewrap.rs, shouted_headline.rs,
bullets.rs, titles.rs); html, tabs, pipes and expand rewrite layouts no
site prints whole and differ by design.
"""
import sys,os,re,json,subprocess,unicodedata
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import importlib.util
_sp=importlib.util.spec_from_file_location('score',os.path.join(ROOT,'..','shared','tools','score.py')); score=importlib.util.module_from_spec(_sp); _sp.loader.exec_module(score)
fu=lambda u: score.fold_unit(u or '')
fm=lambda m: unicodedata.normalize('NFD',(m or '').replace('\u00a0',' ')).lower()
BIN=sys.argv[1]; T=sys.argv[2]; files=sys.argv[3:]
W=os.environ.get('PROBE_DIR','/tmp/chitieu-variants')+'/w-'+T; os.makedirs(W,exist_ok=True)
def tr(t):
    if T=='space': return re.sub(r'(?<![\d.,/])\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)',lambda m:m.group(0).replace('.',' '),t)
    if T=='nosep': return re.sub(r'(?<![\d.,/])\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)',lambda m:m.group(0).replace('.',''),t)
    if T=='nfd': return unicodedata.normalize('NFD',t)
    if T=='curly': return re.sub(r'"([^"\n]*)"',lambda m:'“'+m.group(1)+'”',t)
    if T=='pct': return re.sub(r'(\d)%',r'\1 %',t)
    if T=='crlf': return t.replace('\n','\r\n')
    if T=='nbsp': return t.replace(' ','\u00a0') if False else re.sub(r'(\d) (triệu|tỷ|đồng|người|đoàn)',lambda m:m.group(1)+'\u00a0'+m.group(2),t)
    if T=='dash': return re.sub(r'(\d) - (\d)',r'\1 – \2',t)
    if T=='blank':
        ls=[l for l in t.split('\n') if len(l)>40 and not re.search(r'\t| {2,}',l)]
        wrapped=sum(1 for l in ls if not re.search(r'[.:;!?"”)]\s*$',l))>2
        return t if wrapped else re.sub(r'\n(?=\S)','\n\n',t)
    if T=='indent': return '\n'.join(('    '+l if l.strip() and not re.search(r'\t| {2,}',l) else l) for l in t.split('\n'))
    if T=='bullet': return re.sub(r'(?m)^- ','• ',t)
    if T=='plus': return re.sub(r'(?m)^- ','+ ',t)
    if T=='capshead': 
        ls=t.split('\n'); ls[0]=ls[0].upper(); return '\n'.join(ls)
    if T=='trail': return '\n'.join(l+'  ' for l in t.split('\n'))
    if T=='html':
        import html
        return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body><article>'+''.join('<p>'+html.escape(l)+'</p>\n' for l in t.split('\n') if l.strip())+'</article></body></html>'
    if T=='expand':
        for a,b in [('LĐLĐ','Liên đoàn Lao động'),('Hội LHPN','Hội Liên hiệp Phụ nữ'),('Hội CCB','Hội Cựu chiến binh'),('UBND','Ủy ban nhân dân'),('MTTQ','Mặt trận Tổ quốc')]:
            t='\n'.join(l if re.search(r'[A-ZĐ]{3,} [A-ZĐÀ-Ỹ]{2,}',l) or '/' in l else re.sub(r'(?<![\w(])'+a+r'(?![\w)])',b,l) for l in t.split('\n'))
        return t
    if T=='abbrev':
        for a,b in [('Liên đoàn Lao động','LĐLĐ'),('Hội Liên hiệp Phụ nữ','Hội LHPN'),('Hội Cựu chiến binh','Hội CCB'),('Ủy ban nhân dân','UBND')]:
            t=re.sub(r'(?<![\w(])'+a+r'(?![\w)])',b,t)
        return t
    if T=='tabs':
        return '\n'.join(re.sub(r' {2,}','\t',l.strip()) if re.search(r'\S {2,}\S',l) and re.search(r'\d',l) and len(re.findall(r' {2,}',l.strip()))>=2 else l for l in t.split('\n'))
    if T=='pipes':
        return '\n'.join('| '+re.sub(r' {2,}',' | ',l.strip())+' |' if re.search(r'\S {2,}\S',l) and re.search(r'\d',l) and len(re.findall(r' {2,}',l.strip()))>=2 else l for l in t.split('\n'))
    if T=='capstitle':
        ls=t.split('\n'); out=[]; k=-1
        for i,l in enumerate(ls):
            if l.strip() in ('BÁO CÁO','KẾ HOẠCH','THÔNG BÁO','TỜ TRÌNH'): k=i
            if k>=0 and 0<i-k<=3 and l.strip(): l=l.upper()
            if k>=0 and i-k>0 and not l.strip(): k=-1
            out.append(l)
        return '\n'.join(out)
    if T=='eth': return t.replace('Đ','Ð').replace('đ','ð')
    if T=='oldtone':
        import unicodedata as u
        # new style (hòa, thủy) -> old style (hoà, thuỷ): move the mark to the last vowel of oa/oe/uy
        def mv(m):
            w=m.group(0); d=u.normalize('NFD',w)
            marks=[c for c in d if c in '\u0300\u0301\u0303\u0309\u0323']
            if len(marks)!=1: return w
            base=''.join(c for c in d if c not in '\u0300\u0301\u0303\u0309\u0323')
            return u.normalize('NFC',base+marks[0]) if False else u.normalize('NFC',base[:-1]+base[-1]+marks[0])
        return re.sub(r'(?i)\b\w?(?:[oò óỏõọ][aeă]|[uù úủũụ]y)\b',mv,t)
    raise SystemExit('unknown')
ws=[]
for f in files:
    p=W+'/'+os.path.basename(f)+('.html' if T=='html' else ''); open(p,'w').write(tr(open(f).read())); ws.append(p)
def run(fs):
    o=subprocess.run([BIN,'extract','--format','jsonl']+fs,capture_output=True,text=True).stdout
    d={}
    for l in o.splitlines():
        r=json.loads(l); d.setdefault(os.path.basename(r['doc']).replace('.html',''),[]).append(r)
    return d
key=lambda r:(r.get('achieved'),r.get('target'),r.get('percent'),r.get('check'),fu(r.get('unit')),r.get('year'),fm(r.get('metric')),r.get('kind'),r.get('qualifier'))
a=run(files); b=run(ws); bad=0
for k in sorted(a):
    x=[key(r) for r in a[k]]; y=[key(r) for r in b.get(k,[])]
    if x!=y:
        bad+=1; sx=set(x); sy=set(y); print(k,len(x),len(y))
        for r in x:
            if r not in sy: print('  -',r)
        for r in y:
            if r not in sx: print('  +',r)
print(T,'docs differing',bad,'of',len(a))
