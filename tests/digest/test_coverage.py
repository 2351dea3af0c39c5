"""Which documents a digest covers: everything ingested after the last digest's watermark, nothing twice,
nothing lost — even when a document arrives in the same second (ingested_at has one-second resolution)."""

from __future__ import annotations

from pathlib import Path

from bot.desk import Desk
from bot.digest.build import coverage

SAME_SECOND = "2025-01-29T08:00:00+00:00"


async def _stamp_all(desk: Desk, when: str) -> None:
    # test set-up only: pin ingestion times so "the same second" is certain, not a race
    await desk.store.writer.execute("UPDATE documents SET ingested_at = ?", (when,))


async def test_a_document_ingested_in_the_watermark_second_is_in_the_next_digest(
    desk: Desk, corpus: Path
) -> None:
    await _stamp_all(desk, SAME_SECOND)
    first = await coverage(desk.store, None, [])
    assert len(first.documents) == 2 and first.watermark == SAME_SECOND and len(first.edge) == 2
    (corpus / "late.txt").write_text("Marco Rubio spoke on Tuesday in Washington.", encoding="utf-8")
    await desk.ingest_paths([corpus])
    await _stamp_all(desk, SAME_SECOND)  # arrived in the very second the first digest covered
    second = await coverage(desk.store, first.watermark, first.edge)
    assert [d.name for d in second.documents] == ["late.txt"]
    assert second.watermark == SAME_SECOND and len(second.edge) == 3
    third = await coverage(desk.store, second.watermark, second.edge)
    assert third.documents == [] and third.watermark == SAME_SECOND  # quiet: the watermark stays


async def test_a_claimed_digest_rebuilds_the_same_documents(desk: Desk, corpus: Path) -> None:
    claimed = await coverage(desk.store, None, [])
    (corpus / "late.txt").write_text("Marco Rubio spoke on Tuesday in Washington.", encoding="utf-8")
    await desk.ingest_paths([corpus])
    again = await coverage(desk.store, claimed.since, claimed.since_edge, claimed.watermark, claimed.edge)
    assert {d.name for d in again.documents} == {d.name for d in claimed.documents}


async def test_an_updated_document_is_news_again(desk: Desk, corpus: Path) -> None:
    await _stamp_all(desk, "2025-01-29T08:00:00+00:00")
    first = await coverage(desk.store, None, [])
    seed = next(corpus.iterdir())
    seed.write_text(seed.read_text(encoding="utf-8") + "\nUpdated: more reporting.", encoding="utf-8")
    await desk.ingest_paths([corpus])
    second = await coverage(desk.store, first.watermark, first.edge)
    assert [d.name for d in second.documents] == [seed.name]
