#!/usr/bin/env python3
"""Builds a quotes/claims/entities gold file from marked-up passages and checks every span.

Usage: build_politics.py MARKED.txt OUT.jsonl [-q]
       build_politics.py --entities ENTITIES.txt GOLD.jsonl   (adds "entities" to records in place)

The marked-up format is build_gold.py's (<q SPEAKER|KIND>, <c TYPE>; no dates are annotated, so
the records have no "dates" key), plus entity lines before a passage's text:

    @ Jane Roe|person = Jane Roe; Roe
    @ Treasury|organization

Every occurrence of a form (whole words, case-sensitive, longest forms of the passage first,
never overlapping) is one mention of that entity. The default form is the name itself. An
ENTITIES.txt file for --entities has "=== ID" headers followed by the same "@" lines.
"""
import json
import re
import sys

from build_gold import check, parse_block

ENTITY_TYPES = {'person', 'organization', 'outlet', 'product', 'document', 'other'}
ENTITY_LINE = re.compile(r'@ ([^|]+)\|(\w+)(?: = (.+))?$')


def parse_entities(lines):
    """(name, type, [forms]) for each '@' line."""
    entities = []
    for line in lines:
        m = ENTITY_LINE.fullmatch(line.strip())
        if not m:
            raise SystemExit(f'bad entity line: {line!r}')
        name, type_, forms = m.group(1).strip(), m.group(2), m.group(3)
        if type_ not in ENTITY_TYPES:
            raise SystemExit(f'bad entity type in {line!r}')
        entities.append((name, type_, [f.strip() for f in forms.split(';')] if forms else [name]))
    return entities


def mentions(text, entities):
    """The entities with their mention spans, or raises on an entity with none."""
    forms = sorted(((form, i) for i, (_, _, fs) in enumerate(entities) for form in fs),
                   key=lambda f: -len(f[0]))
    taken, found = [], [[] for _ in entities]
    for form, i in forms:
        for m in re.finditer(r'(?<![\w’\'-])' + re.escape(form) + r'(?![\w-])', text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found[i].append({'start': m.start(), 'end': m.end()})
    result = []
    for (name, type_, _), spans in zip(entities, found):
        if not spans:
            raise SystemExit(f'entity {name!r} has no mention')
        result.append({'name': name, 'type': type_, 'mentions': sorted(spans, key=lambda s: s['start'])})
    return result


def blocks(path):
    out, cur = [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('#'):
            continue
        if line.startswith('=== '):
            cur = (line[4:].strip(), [], [])
            out.append(cur)
        elif cur is not None:
            (cur[1] if line.startswith('@ ') else cur[2]).append(line)
    return out


def build(src, out, verbose):
    records, bad = [], 0
    for header, entity_lines, lines in blocks(src):
        pid, date, text, spans = parse_block('x ' + header, lines)
        for err in check(pid, date, text, spans):
            print(f'ERROR {pid}: {err}')
            bad += 1
        if spans['d']:
            print(f'ERROR {pid}: dates are not annotated in this set')
            bad += 1
        quotes = [{'start': s, 'end': e, 'speaker': a.rpartition('|')[0], 'kind': a.rpartition('|')[2]}
                  for s, e, a in sorted(spans['q'])]
        claims = [{'start': s, 'end': e, 'type': a} for s, e, a in sorted(spans['c'])]
        entities = mentions(text, parse_entities(entity_lines))
        records.append({'id': pid, 'text': text, 'date': date, 'quotes': quotes, 'claims': claims,
                        'entities': entities})
        if verbose:
            show(records[-1])
    with open(out, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    paragraphs = [r['text'].count('\n\n') + 1 for r in records]
    print(f'{len(records)} passages ({min(paragraphs)}-{max(paragraphs)} paragraphs), '
          f'{sum(len(r["quotes"]) for r in records)} quotes, '
          f'{sum(len(r["claims"]) for r in records)} claims, '
          f'{sum(len(r["entities"]) for r in records)} entities, '
          f'{sum(len(e["mentions"]) for r in records for e in r["entities"])} mentions, {bad} errors')
    return 1 if bad else 0


def show(rec):
    text = rec['text']
    print(f"--- {rec['id']} ({rec.get('date')})")
    for q in rec.get('quotes', []):
        print(f"  Q {q['kind']:8} {q['speaker']!r}: {text[q['start']:q['end']]!r}")
    for c in rec.get('claims', []):
        print(f"  C {c['type']:11} {text[c['start']:c['end']]!r}")
    for e in rec.get('entities', []):
        seen = ', '.join(repr(text[max(0, m['start'] - 12):m['end'] + 3]) for m in e['mentions'])
        print(f"  E {e['type']:12} {e['name']}: {seen}")


def add_entities(spec, gold):
    wanted = {header.split()[0]: parse_entities(lines) for header, lines, _ in blocks(spec)}
    records = [json.loads(line) for line in open(gold, encoding='utf-8') if line.strip()]
    for rec in records:
        if rec['id'] in wanted:
            rec['entities'] = mentions(rec['text'], wanted[rec['id']])
            show({'id': rec['id'], 'text': rec['text'], 'entities': rec['entities']})
    with open(gold, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    if sys.argv[1] == '--entities':
        sys.exit(add_entities(sys.argv[2], sys.argv[3]))
    sys.exit(build(sys.argv[1], sys.argv[2], '-q' not in sys.argv))
