#!/usr/bin/env node
// json-rules-engine peer of shortlist: judges every (candidate, vacancy) pair
// of DIR/facts.jsonl with one json-rules-engine Engine per vacancy.
//
//   node judge.js DIR OUT
//
// OUT gets `candidate<TAB>vacancy<TAB>verdict` per input line, in input order.
// stdout gets one JSON summary line (see ../README.md).
'use strict'
const fs = require('fs')
const readline = require('readline')
const { Engine } = require('json-rules-engine')
const { version } = require('json-rules-engine/package.json')

const EPS = 1e-9

// The eps comparisons of shortlist, as custom operators (fact value a, rule value b).
const operators = {
  atLeast: (a, b) => a >= b - EPS,
  below: (a, b) => a < b - EPS,
  atMost: (a, b) => a <= b + EPS,
  above: (a, b) => a > b + EPS
}

// Facts are the arrays of the input line (proven, optimistic, known); a
// condition's path is a leaf index, read by this path resolver instead of
// the default JSONPath one. (The path is a string: a path 0 would be ignored.)
const pathResolver = (array, index) => array[index]

const test = (fact, leaf, operator, value) => ({ fact, path: String(leaf), operator, value })

// One engine per vacancy: named conditions per minimum leaf, three verdict rules.
function vacancyEngine (vacancy) {
  const engine = new Engine([], { pathResolver })
  for (const [name, fn] of Object.entries(operators)) engine.addOperator(name, fn)
  const met = []; const notMet = []; const unknown = []
  for (const i of vacancy.minimum) {
    const { need, cap } = vacancy.leaves[i]
    const known = test('known', i, 'notEqual', 0)
    const withinCap = cap === null ? [] : [test('proven', i, 'atMost', cap)]
    const short = test('proven', i, 'below', need)
    engine.setCondition(`met-${i}`, {
      all: [known, ...withinCap, test('proven', i, 'atLeast', need)]
    })
    engine.setCondition(`not-met-${i}`, {
      all: [known, {
        any: [
          ...(cap === null ? [] : [test('proven', i, 'above', cap)]),
          { all: [short, test('optimistic', i, 'below', need)] }
        ]
      }]
    })
    engine.setCondition(`unknown-${i}`, {
      any: [
        test('known', i, 'equal', 0),
        { all: [known, ...withinCap, short, test('optimistic', i, 'atLeast', need)] }
      ]
    })
    met.push({ condition: `met-${i}` })
    notMet.push({ condition: `not-met-${i}` })
    unknown.push({ condition: `unknown-${i}` })
  }
  const verdict = (name) => ({ type: 'verdict', params: { verdict: name } })
  if (notMet.length > 0) { // `any: []` is true in json-rules-engine
    engine.addRule({ name: 'not_eligible', priority: 3, conditions: { any: notMet }, event: verdict('not_eligible') })
    engine.addRule({
      name: 'needs_review',
      priority: 2,
      conditions: { all: [{ not: { any: notMet } }, { any: unknown }] },
      event: verdict('needs_review')
    })
  }
  engine.addRule({ name: 'eligible', priority: 1, conditions: { all: met }, event: verdict('eligible') })
  return engine
}

async function main () {
  const [dir, outPath] = process.argv.slice(2)
  if (!dir || !outPath) {
    console.error('usage: node judge.js DIR OUT')
    process.exit(2)
  }
  const start = process.hrtime.bigint()
  let evaluateNs = 0n
  const vacancies = new Map()
  for (const v of JSON.parse(fs.readFileSync(`${dir}/rules.json`, 'utf8'))) {
    vacancies.set(v.vacancy, { leaves: v.leaves.length, engine: vacancyEngine(v) })
  }

  const out = fs.openSync(outPath, 'w')
  let buffer = []
  let pairs = 0
  const lines = readline.createInterface({
    input: fs.createReadStream(`${dir}/facts.jsonl`), crlfDelay: Infinity
  })
  for await (const line of lines) {
    if (line === '') continue
    const { candidate, vacancy, proven, optimistic, known } = JSON.parse(line)
    const v = vacancies.get(vacancy)
    if (!v) throw new Error(`unknown vacancy ${vacancy}`)
    for (const a of [proven, optimistic, known]) {
      if (!Array.isArray(a) || a.length !== v.leaves) throw new Error(`${candidate} ${vacancy}: wrong length`)
    }
    const t0 = process.hrtime.bigint()
    const { events } = await v.engine.run({ proven, optimistic, known })
    evaluateNs += process.hrtime.bigint() - t0
    if (events.length !== 1) {
      throw new Error(`${candidate} ${vacancy}: ${events.length} verdict events`)
    }
    buffer.push(`${candidate}\t${vacancy}\t${events[0].params.verdict}\n`)
    if (buffer.length === 10000) { fs.writeSync(out, buffer.join('')); buffer = [] }
    pairs++
  }
  fs.writeSync(out, buffer.join(''))
  fs.closeSync(out)

  const total = Number(process.hrtime.bigint() - start) / 1e9
  const evaluate = Number(evaluateNs) / 1e9
  console.log(JSON.stringify({
    peer: 'json-rules-engine',
    version,
    pairs,
    load_s: +(total - evaluate).toFixed(6),
    evaluate_s: +evaluate.toFixed(6),
    total_s: +total.toFixed(6)
  }))
}

main().catch((e) => { console.error(`json-rules-engine peer: ${e.message}`); process.exit(2) })
