"""Unsaved editor contents on disk: written whole, read back, unreadable ones ignored."""

import datetime as dt

import pytest

from xhht_desktop.services.drafts import DraftStore

DATA = {"members": [{"full_name": "Nguyễn Thị Hồng"}], "street": "Lê Lợi", "id": 5}


@pytest.fixture
def store(tmp_path):
    return DraftStore(tmp_path / "drafts")


def test_save_and_load(store, tmp_path):
    before = dt.datetime.now().replace(microsecond=0)
    store.save("household-5", DATA)
    data, saved_at = store.load("household-5")
    assert data == DATA
    assert before <= saved_at <= dt.datetime.now()
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == ["household-5.json"]
    assert "Nguyễn Thị Hồng" in (tmp_path / "drafts" / "household-5.json").read_text("utf-8")


def test_a_newer_save_replaces_the_older(store):
    store.save("new", DATA)
    store.save("new", {"street": "Pasteur"})
    assert store.load("new")[0] == {"street": "Pasteur"}


def test_missing_and_discarded(store):
    assert store.load("nothing") is None
    store.discard("nothing")  # no error
    store.save("k", DATA)
    store.discard("k")
    assert store.load("k") is None


@pytest.mark.parametrize(
    "content", ["", "{", "[]", '{"data": {}}', '{"saved_at": "x", "data": 1}', "\x00\x01"]
)
def test_unreadable_draft_is_ignored(store, tmp_path, content):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "k.json").write_text(content, encoding="utf-8")
    assert store.load("k") is None


def test_keys_cannot_leave_the_folder(store, tmp_path):
    store.save("../../etc/x", DATA)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert [p.parent for p in files] == [tmp_path / "drafts"]
    assert store.load("../../etc/x")[0] == DATA
