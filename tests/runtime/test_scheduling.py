"""Files to workers by SOP class: the UID sniffed from the file meta, results in order."""

from __future__ import annotations

import os
from pathlib import Path

import pydicom
import pydicom.data

from dicomodel.scheduling import in_workers, sop_class_of

CORPUS = Path(pydicom.data.__file__).parent / "test_files"


def test_sop_class_is_the_file_metas_for_every_part10_file_of_the_corpus() -> None:
    checked = 0
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        try:
            meta = pydicom.filereader.read_file_meta_info(path)
        except Exception:  # not Part 10: no file meta to compare with
            continue
        expected = str(meta.get("MediaStorageSOPClassUID", "") or "")
        if meta.get("TransferSyntaxUID") is None and not expected:
            continue
        assert sop_class_of(str(path)) == expected, path.name
        checked += 1
    assert checked > 100


def test_a_file_without_preamble_has_no_sop_class(tmp_path: Path) -> None:
    junk = tmp_path / "junk.dcm"
    junk.write_bytes(b"not dicom" * 40)
    assert sop_class_of(str(junk)) == ""
    assert sop_class_of(str(tmp_path / "missing.dcm")) == ""


def _pid_and_name(path: str) -> tuple[int, str]:
    return os.getpid(), Path(path).name


def test_results_come_in_the_files_order_and_each_class_mostly_in_one_worker() -> None:
    samples = ["CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "test-SR.dcm"]
    files = [str(CORPUS / samples[index % len(samples)]) for index in range(40)]
    results = list(in_workers(_pid_and_name, files, workers=2, chunk=3))
    assert [name for _, name in results] == [Path(f).name for f in files]
    workers_of = {name: {pid for pid, n in results if n == name} for name in samples}
    assert len({pid for pid, _ in results}) == 2
    # Two runs of four classes: at most the class where they meet is seen by both.
    assert sum(len(pids) == 2 for pids in workers_of.values()) <= 1
