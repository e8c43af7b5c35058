;;; shortlist's leaf and eligibility semantics as generic CLIPS rules.
;;; judge.cpp loads this file, adds one (criterion ...) fact per minimum leaf
;;; of rules.json as deffacts, then per batch asserts (pair ...) and
;;; (measure ...) facts, runs, and reads back the (verdict ...) facts.

(defglobal ?*eps* = 1.0e-9)

;; one minimum leaf of a vacancy; cap is a FLOAT or the symbol none
(deftemplate criterion (slot vacancy) (slot index) (slot need) (slot cap))
;; one (candidate, vacancy) pair of the current batch
(deftemplate pair (slot id) (slot vacancy))
;; the measures of one minimum leaf for one pair
(deftemplate measure (slot pair) (slot vacancy) (slot index)
                     (slot proven) (slot optimistic) (slot known))
(deftemplate leaf (slot pair) (slot index) (slot verdict))
(deftemplate verdict (slot pair) (slot value))

(deffunction within-cap (?x ?c)
   (or (not (numberp ?c)) (<= ?x (+ ?c ?*eps*))))

;;; Leaf verdicts (salience 10: all of them before any pair verdict).
;;; The five rules partition the cases, so each leaf gets exactly one verdict.

(defrule leaf-unobserved (declare (salience 10))
   (measure (pair ?p) (index ?i) (known ?k&:(= ?k 0)))
   =>
   (assert (leaf (pair ?p) (index ?i) (verdict unknown))))

(defrule leaf-over-cap (declare (salience 10))
   (measure (pair ?p) (vacancy ?v) (index ?i) (known ?k&:(<> ?k 0)) (proven ?x))
   (criterion (vacancy ?v) (index ?i)
              (cap ?c&:(numberp ?c)&:(> ?x (+ ?c ?*eps*))))
   =>
   (assert (leaf (pair ?p) (index ?i) (verdict not_met))))

(defrule leaf-met (declare (salience 10))
   (measure (pair ?p) (vacancy ?v) (index ?i) (known ?k&:(<> ?k 0)) (proven ?x))
   (criterion (vacancy ?v) (index ?i) (cap ?c&:(within-cap ?x ?c))
              (need ?n&:(>= ?x (- ?n ?*eps*))))
   =>
   (assert (leaf (pair ?p) (index ?i) (verdict met))))

(defrule leaf-short-but-possible (declare (salience 10))
   (measure (pair ?p) (vacancy ?v) (index ?i) (known ?k&:(<> ?k 0))
            (proven ?x) (optimistic ?y))
   (criterion (vacancy ?v) (index ?i) (cap ?c&:(within-cap ?x ?c))
              (need ?n&:(< ?x (- ?n ?*eps*))&:(>= ?y (- ?n ?*eps*))))
   =>
   (assert (leaf (pair ?p) (index ?i) (verdict unknown))))

(defrule leaf-short (declare (salience 10))
   (measure (pair ?p) (vacancy ?v) (index ?i) (known ?k&:(<> ?k 0))
            (proven ?x) (optimistic ?y))
   (criterion (vacancy ?v) (index ?i) (cap ?c&:(within-cap ?x ?c))
              (need ?n&:(< ?x (- ?n ?*eps*))&:(< ?y (- ?n ?*eps*))))
   =>
   (assert (leaf (pair ?p) (index ?i) (verdict not_met))))

;;; Pair verdicts over the minimum leaves (only minimum leaves are asserted).

(defrule not-eligible
   (pair (id ?p))
   (exists (leaf (pair ?p) (verdict not_met)))
   =>
   (assert (verdict (pair ?p) (value not_eligible))))

(defrule needs-review
   (pair (id ?p))
   (not (leaf (pair ?p) (verdict not_met)))
   (exists (leaf (pair ?p) (verdict unknown)))
   =>
   (assert (verdict (pair ?p) (value needs_review))))

(defrule eligible
   (pair (id ?p))
   (not (leaf (pair ?p) (verdict ~met)))
   =>
   (assert (verdict (pair ?p) (value eligible))))
