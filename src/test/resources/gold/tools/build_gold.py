#!/usr/bin/env python3
"""Builds a gold JSONL file from marked-up passages and checks every span.

Usage: build_gold.py MARKED.txt OUT.jsonl

Marked-up format, one block per passage:

    === u01-some-slug 2026-03-18
    First paragraph, one line, with <c figure>a claim</c> and
    “<q Jane Doe|direct>a quote</q>” and a date <d 2026-03-17>Tuesday</d>.

    Second paragraph (paragraphs are separated by one blank line).

Tags: <q SPEAKER|KIND> ... </q>, <c TYPE> ... </c>, <d VALUE> ... </d>, and
<d VALUE !> for a date whose weekday and date disagree ("conflict": true).
Tags of different letters may cross (a claim sentence may end after the closing mark of a
quote that began earlier); tags of the same letter never nest, so no ids are needed.
Offsets are Python str indices, equal to Java UTF-16 indices while all text is in the BMP.
"""
import datetime as dt
import json
import re
import sys

TAG = re.compile(r'<(/?)([qcd])(?: ([^>]*))?>')
KINDS = {'direct', 'partial', 'scare'}
TYPES = {'figure', 'event', 'attribution', 'allegation', 'denial', 'prediction', 'comparison'}
OPEN_MARKS = '"“‘\''
CLOSE_MARKS = '"”’\''
TERMINATORS = '.?!'
EXCLUDED_FIRST = {'on', 'in', 'at', 'since', 'by', 'for', 'until', 'the', 'about', 'almost',
                  'under', 'shortly', 'within', 'from', 'during'}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
VALUE = re.compile(r'(\d{4}(-\d\d(-\d\d(T(\d\d:\d\d|MO|AF|EV|NI))?)?|-W\d\d|-(SP|SU|FA|WI))?'
                   r'|\d{3}|P(\d+|X)[YMWD]|PT(\d+|X)[HM](\d+M)?|PAST_REF|FUTURE_REF|PRESENT_REF)')


def parse_block(header, lines):
    _, pid, date = header.split()
    dt.date.fromisoformat(date)
    marked = '\n\n'.join(p.strip() for p in '\n'.join(lines).strip().split('\n\n'))
    text, spans, open_ = [], {'q': [], 'c': [], 'd': []}, {}
    pos, out_len = 0, 0
    for m in TAG.finditer(marked):
        chunk = marked[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        pos = m.end()
        closing, kind, attrs = m.group(1) == '/', m.group(2), m.group(3)
        if closing:
            if kind not in open_:
                raise SystemExit(f'{pid}: </{kind}> without opener')
            start, a = open_.pop(kind)
            spans[kind].append((start, out_len, a))
        else:
            if kind in open_:
                raise SystemExit(f'{pid}: <{kind}> opened twice')
            open_[kind] = (out_len, attrs or '')
    text.append(marked[pos:])
    if open_:
        raise SystemExit(f'{pid}: unclosed {sorted(open_)}')
    text = ''.join(text)
    if '<' in text or '>' in text:
        raise SystemExit(f'{pid}: stray angle bracket in text')
    return pid, date, text, spans


def sentence_start_ok(text, s):
    before = text[:s]
    if s == 0 or before.endswith('\n\n'):
        return True
    b = before.rstrip(' ')
    if len(b) == len(before):
        return False
    b = b.rstrip(CLOSE_MARKS)
    return b[-1:] in TERMINATORS


def check(pid, date, text, spans):
    errors = []
    ref = dt.date.fromisoformat(date)
    for s, e, a in spans['q']:
        speaker, _, kind = a.rpartition('|')
        if kind not in KINDS or not speaker:
            errors.append(f'quote {s}-{e} bad attrs {a!r}')
        if s == 0 or text[s - 1] not in OPEN_MARKS:
            errors.append(f'quote {s}-{e} not preceded by an opening mark: {text[s-1:e+1]!r}')
        if e >= len(text) or text[e] not in CLOSE_MARKS:
            errors.append(f'quote {s}-{e} not followed by a closing mark: {text[s-1:e+1]!r}')
        if kind == 'scare' and speaker != 'unknown':
            errors.append(f'scare quote {s}-{e} must have speaker unknown')
    last_end = -1
    for s, e, a in sorted(spans['c']):
        if a not in TYPES:
            errors.append(f'claim {s}-{e} bad type {a!r}')
        if s < last_end:
            errors.append(f'claim {s}-{e} overlaps the previous claim')
        last_end = e
        if not sentence_start_ok(text, s):
            errors.append(f'claim {s}-{e} does not start a sentence: {text[max(0,s-15):s+15]!r}')
        t = text[s:e]
        if not (t[-1] in TERMINATORS or (t[-1] in CLOSE_MARKS and t[-2] in TERMINATORS)):
            errors.append(f'claim {s}-{e} does not end at a terminator: {t[-15:]!r}')
        if e < len(text) and text[e] not in ' \n':
            errors.append(f'claim {s}-{e} stops mid-sentence: {text[e-10:e+10]!r}')
    for s, e, a in spans['d']:
        parts = a.split()
        value, conflict = parts[0], parts[1:] == ['!']
        if not VALUE.fullmatch(value) or parts[1:] not in ([], ['!']):
            errors.append(f'date {s}-{e} bad value {a!r}')
        t = text[s:e]
        if t != t.strip() or not t:
            errors.append(f'date {s}-{e} has outer space')
        first = t.split()[0].lower() if t.split() else ''
        if first in EXCLUDED_FIRST:
            errors.append(f'date {s}-{e} starts with excluded word: {t!r}')
        day = re.fullmatch(r'\d{4}-\d\d-\d\d', value)
        names = [w for w in WEEKDAYS if re.search(r'\b' + w + r'\b', t.lower())]
        if day and names:
            d = dt.date.fromisoformat(value)
            same = WEEKDAYS[d.weekday()] == names[0]
            if same == conflict:
                errors.append(f'date {s}-{e} {t!r}={value} weekday match={same} but conflict={conflict}')
            if not conflict and d == ref:
                errors.append(f'date {s}-{e} weekday equals the article date')
        if re.fullmatch(r'\d{4}-W\d\d', value):
            y, w = int(value[:4]), int(value[6:])
            want = (ref - dt.timedelta(days=7)).isocalendar()
            if 'last week' in t.lower() and (want[0], want[1]) != (y, w):
                errors.append(f'date {s}-{e} last week should be {want[0]}-W{want[1]:02d}')
    return errors


def record(pid, date, text, spans):
    quotes = [{'start': s, 'end': e, 'speaker': a.rpartition('|')[0], 'kind': a.rpartition('|')[2]}
              for s, e, a in sorted(spans['q'])]
    claims = [{'start': s, 'end': e, 'type': a} for s, e, a in sorted(spans['c'])]
    dates = []
    for s, e, a in sorted(spans['d']):
        parts = a.split()
        d = {'start': s, 'end': e, 'value': parts[0]}
        if parts[1:] == ['!']:
            d['conflict'] = True
        dates.append(d)
    return {'id': pid, 'text': text, 'date': date, 'quotes': quotes, 'claims': claims, 'dates': dates}


def main(src, out, verbose=True):
    blocks, cur = [], None
    for line in open(src, encoding='utf-8').read().split('\n'):
        if line.startswith('#'):
            continue
        if line.startswith('=== '):
            cur = (line[4:].strip(), [])
            blocks.append(cur)
        elif cur is not None:
            cur[1].append(line)
    records, bad = [], 0
    for header, lines in blocks:
        pid, date, text, spans = parse_block('x ' + header, lines)
        for err in check(pid, date, text, spans):
            print(f'ERROR {pid}: {err}')
            bad += 1
        rec = record(pid, date, text, spans)
        records.append(rec)
        if verbose:
            print(f'--- {pid} ({date})')
            for q in rec['quotes']:
                print(f"  Q {q['kind']:8} {q['speaker']!r}: {text[q['start']:q['end']]!r}")
            for c in rec['claims']:
                print(f"  C {c['type']:11} {text[c['start']:c['end']]!r}")
            for d in rec['dates']:
                print(f"  D {d['value']:16}{' CONFLICT' if d.get('conflict') else ''} {text[d['start']:d['end']]!r}")
    ids = [r['id'] for r in records]
    if len(set(ids)) != len(ids):
        print('ERROR duplicate ids'); bad += 1
    with open(out, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{len(records)} passages, {bad} errors')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2], '-q' not in sys.argv))
