"""Serialization, paired in one interpreter with pydicom and highdicom doing the same work.

Objects: the CT Image header of pydicom's ``CT_small.dcm`` (Pixel Data removed)
and a BINARY Segmentation of 50 segments with per-frame functional groups,
constructed by highdicom from the same CT. Each operation is timed ``repeats``
times per round (min and median kept), after one warm-up call that also builds
the model classes; the first-call cost is reported on its own.
"""

from __future__ import annotations

import copy
import json
import statistics
import time
import warnings
from collections.abc import Callable
from typing import Any, cast

SEGMENTS = 50
UID_ROOT = "1.2.826.0.1.3680043.10.1420.77."


def _interleaved(
    ours: Callable[[], Any], baseline: Callable[[], Any], repeats: int
) -> dict[str, Any]:
    """CPU time of ``ours`` and ``baseline`` in turn (ours, baseline, ours, ...), after a
    warm-up call of each: the figure of ours with the baseline's and their ratios."""
    ours()
    baseline()
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(repeats):
        for call, runs in ((ours, mine), (baseline, theirs)):
            start = time.process_time()
            call()
            runs.append(time.process_time() - start)
    return {**_figure(mine, theirs), "clock": "cpu", "interleaved": True}


def _time(call: Callable[[], Any], repeats: int) -> list[float]:
    call()
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        runs.append(time.perf_counter() - start)
    return runs


def _figure(runs: list[float], baseline: list[float] | None = None) -> dict[str, Any]:
    figure: dict[str, Any] = {
        "unit": "s",
        "min": round(min(runs), 6),
        "median": round(statistics.median(runs), 6),
        "runs": len(runs),
    }
    if baseline is not None:
        figure["baseline_min"] = round(min(baseline), 6)
        figure["ratio_min"] = round(min(runs) / min(baseline), 2)
        figure["ratio_median"] = round(statistics.median(runs) / statistics.median(baseline), 2)
    return figure


def _by_hand(dataset: Any) -> Any:
    """What pydicom code does to build the same Dataset element by element."""
    from pydicom.dataset import Dataset

    built = Dataset()
    for element in dataset:
        if element.VR == "SQ":
            built.add_new(element.tag, "SQ", [_by_hand(item) for item in element.value])
        else:
            built.add_new(element.tag, element.VR, element.value)
    return built


def _ct_header(ct: Any) -> Any:
    """The CT without its Pixel Data."""
    header = copy.deepcopy(ct)
    del header.PixelData
    return header


def _segmentation(ct: Any) -> Callable[[], Any]:
    import highdicom as hd
    import numpy as np
    from pydicom.sr.codedict import codes

    mask = np.zeros((1, ct.Rows, ct.Columns, SEGMENTS), dtype=bool)
    for number in range(SEGMENTS):
        mask[0, number : number + 20, number : number + 30, number] = True
    descriptions = [
        hd.seg.SegmentDescription(
            segment_number=number + 1,
            segment_label=f"segment {number + 1}",
            segmented_property_category=codes.SCT.Organ,
            segmented_property_type=codes.SCT.Liver,
            algorithm_type=hd.seg.SegmentAlgorithmTypeValues.MANUAL,
        )
        for number in range(SEGMENTS)
    ]

    def construct() -> Any:
        return hd.seg.Segmentation(
            source_images=[ct],
            pixel_array=mask,
            segmentation_type=hd.seg.SegmentationTypeValues.BINARY,
            segment_descriptions=descriptions,
            series_instance_uid=UID_ROOT + "1",
            series_number=2,
            sop_instance_uid=UID_ROOT + "2",
            instance_number=1,
            manufacturer="dicomodel",
            manufacturer_model_name="bench",
            software_versions="0.1",
            device_serial_number="1",
        )

    return construct


def _pydicom_to_json(dataset: Any) -> Callable[[], Any]:
    """pydicom's ``to_json``; for a data set holding ``DA`` objects (highdicom's), which
    it cannot encode, what it does with ``str`` for them."""
    try:
        dataset.to_json()
    except TypeError:
        return lambda: json.dumps(dataset.to_json_dict(), sort_keys=True, default=str)
    return cast(Callable[[], Any], dataset.to_json)


def _pair(model_class: Any, dataset: Any, repeats: int, prefix: str) -> dict[str, Any]:
    from pydicom.dataset import Dataset

    from dicomodel.serialize.checks import write_problems

    start = time.perf_counter()
    model = model_class.from_dataset(dataset, strict=False)
    first = time.perf_counter() - start
    as_json = model.to_json_dict(check=False)
    pydicom_json = dataset.to_json_dict()
    results = {
        f"{prefix}_first_from_dataset": _figure([first]),
        f"{prefix}_to_dataset": _interleaved(
            lambda: model.to_dataset(check=False), lambda: _by_hand(dataset), repeats
        ),
        # pydicom checks nothing: ours unchecked, and checked below when it may be written
        f"{prefix}_to_json_dict": _interleaved(
            lambda: model.to_json_dict(check=False), dataset.to_json_dict, repeats
        ),
        f"{prefix}_to_json": _interleaved(
            lambda: model.to_json(check=False), _pydicom_to_json(dataset), repeats
        ),
        f"{prefix}_from_json_dict": _interleaved(
            lambda: model_class.from_json_dict(as_json, strict=False),
            lambda: Dataset.from_json(pydicom_json),
            repeats,
        ),
        f"{prefix}_from_dataset": _figure(
            _time(lambda: model_class.from_dataset(dataset, strict=False), repeats)
        ),
    }
    if not write_problems(model):
        results[f"{prefix}_to_json_dict_checked"] = _interleaved(
            model.to_json_dict, dataset.to_json_dict, repeats
        )
    return results


def _xml_beside_json(model_class: Any, dataset: Any, repeats: int, prefix: str) -> dict[str, Any]:
    """Text both ways: DICOM JSON (baseline) and Native DICOM Model XML (PS3.19 Annex A).

    Written unchecked, as read (non-strict): the CT header lacks the Pixel Data that
    its IOD requires, which a checked writer refuses."""
    model = model_class.from_dataset(dataset, strict=False)
    as_json, as_xml = model.to_json(check=False), model.to_xml(check=False)
    results = {
        f"{prefix}_to_xml": _interleaved(
            lambda: model.to_xml(check=False), lambda: model.to_json(check=False), repeats
        ),
        f"{prefix}_from_xml": _interleaved(
            lambda: model_class.from_xml(as_xml, strict=False),
            lambda: model_class.from_json(as_json, strict=False),
            repeats,
        ),
    }
    for name in ("to_xml", "from_xml"):
        results[f"{prefix}_{name}"]["baseline"] = f"dicomodel {name.replace('xml', 'json')}"
        results[f"{prefix}_{name}"]["bytes"] = len(as_xml.encode())
    results[f"{prefix}_to_xml"]["json_bytes"] = len(as_json.encode())
    return results


def serialization(repeats: int) -> dict[str, Any]:
    """The paired figures for the CT header and the 50-segment Segmentation."""
    import highdicom as hd

    from dicomodel.iods import CTImage, Segmentation

    warnings.simplefilter("ignore")
    repeats = max(repeats, 5)
    ct = _ct_with_pixels()
    results = _pair(CTImage, _ct_header(ct), repeats, "ct_header")
    # CT_small as read, Pixel Data included: a validating (strict) read against highdicom
    results["ct_small_from_dataset"] = _interleaved(
        lambda: CTImage.from_dataset(ct), lambda: hd.Image.from_dataset(ct, copy=True), repeats
    )
    results["ct_small_from_dataset"]["baseline"] = "highdicom Image.from_dataset(copy=True)"
    ct_model = CTImage.from_dataset(ct)
    results["ct_small_to_json_dict_checked"] = _interleaved(
        ct_model.to_json_dict, ct.to_json_dict, repeats
    )
    construct = _segmentation(ct)
    construct_runs = _time(construct, max(2, repeats // 3))
    segmentation = construct()
    results.update(_pair(Segmentation, segmentation, repeats, "seg50"))
    results.update(_xml_beside_json(Segmentation, segmentation, repeats, "seg50"))
    results["seg50_highdicom_construct"] = _figure(construct_runs)
    results["seg50_from_dataset"] = _interleaved(
        lambda: Segmentation.from_dataset(segmentation, strict=False),
        lambda: hd.seg.Segmentation.from_dataset(segmentation, copy=True),
        repeats,
    )
    results["seg50_from_dataset"]["baseline"] = "highdicom Segmentation.from_dataset"
    return results


def _ct_with_pixels() -> Any:
    import pydicom
    from pydicom.data import get_testdata_file

    return pydicom.dcmread(get_testdata_file("CT_small.dcm"))
