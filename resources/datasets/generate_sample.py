#!/usr/bin/env python3
"""Writes the sample labelled dataset (sample-labelled.csv and .jsonl) deterministically.

Every scored interaction carries a label (a fully labelled dataset): for each emotion the
true positives lean towards high confidences and the false positives towards lower ones,
so the precision rises with the threshold. Run from anywhere:

    python3 resources/datasets/generate_sample.py
"""
import csv
import datetime
import json
import os
import random

ROWS = 2500
SEED = 20240501
HERE = os.path.dirname(os.path.abspath(__file__))

EMOTIONS = {
    # emotion: (share of rows, share of true positives, directive)
    "anger": (0.35, 0.45, "block"),
    "frustration": (0.30, 0.40, "notify"),
    "confusion": (0.20, 0.35, "escalate"),
    "satisfaction": (0.15, 0.50, "log"),
}
PHRASES = {
    "anger": ["this is unacceptable", "I want to cancel, now", "you people never listen", "stop wasting my time"],
    "frustration": ["still not working", "I tried that, twice", "why is this so slow", "again the same error"],
    "confusion": ["I don't understand the bill", "which button, exactly?", "what does \"pending\" mean",
                  "sorry, lost you there"],
    "satisfaction": ["thanks, that fixed it", "great, really helpful", "perfect, all good", "appreciate it"],
}
NEUTRAL = ["can you check my order", "my account number is ready", "ok, one moment", "let me look, please"]


def main():
    rng = random.Random(SEED)
    start = datetime.datetime(2024, 4, 1, tzinfo=datetime.timezone.utc)
    names = list(EMOTIONS)
    weights = [EMOTIONS[n][0] for n in names]
    rows = []
    for i in range(ROWS):
        emotion = rng.choices(names, weights)[0]
        _, tp_share, directive = EMOTIONS[emotion]
        label = rng.random() < tp_share
        mean, spread = (0.82, 0.09) if label else (0.62, 0.14)
        confidence = min(1.0, max(0.0, rng.gauss(mean, spread)))
        text = rng.choice(PHRASES[emotion] if label else PHRASES[emotion] + NEUTRAL)
        ts = start + datetime.timedelta(seconds=int(i * 30 * 86400 / ROWS) + rng.randrange(600))
        rows.append({
            "interaction_id": "int-%05d" % (i + 1),
            "emotion": emotion,
            "confidence": round(confidence, 3),
            "label": label,
            "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text,
            "directive": directive,
        })
    columns = ["interaction_id", "emotion", "confidence", "label", "timestamp", "text", "directive"]
    with open(os.path.join(HERE, "sample-labelled.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([r["interaction_id"], r["emotion"], "%g" % r["confidence"],
                             "true" if r["label"] else "false", r["timestamp"], r["text"], r["directive"]])
    with open(os.path.join(HERE, "sample-labelled.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
