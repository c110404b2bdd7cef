"""Models to and from pydicom Datasets, DICOM JSON and Part 10 files.

- :mod:`.dataset`: ``Dataset`` <-> model; extras, issues, paths.
- :mod:`.json`: ``Dataset`` <-> DICOM JSON model (PS3.18 F.2), text with exact numbers.
- :mod:`.xml`: ``Dataset`` <-> Native DICOM Model XML (PS3.19 Annex A), both ways.
- :mod:`.values`: per-VR value forms, :class:`BulkDataURI`, input limits.
- :mod:`.part10`: ``read``, ``write_part10``, the IOD class of a SOP Class UID.

The methods of :class:`dicomodel.model.DicomModel` (``from_dataset``,
``to_dataset``, ``from_json_dict``, ``to_json_dict``, ``from_json``, ``to_json``,
``from_xml``, ``to_xml``, ``write_part10``) are the usual entry points.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dicomodel.serialize.dataset import from_dataset, to_dataset
    from dicomodel.serialize.json import dataset_to_json, dumps, json_to_dataset, loads
    from dicomodel.serialize.part10 import model_class, read, read_dataset, write_part10
    from dicomodel.serialize.values import MAX_DEPTH, MAX_VALUES, BulkDataURI
    from dicomodel.serialize.xml import dataset_to_xml, xml_to_dataset

# Each name's submodule, imported on first use: a model's first check needs the
# Dataset side only, not the JSON and XML writers (issue 16).
_WHERE = {
    "from_dataset": "dataset",
    "to_dataset": "dataset",
    "dataset_to_json": "json",
    "dumps": "json",
    "json_to_dataset": "json",
    "loads": "json",
    "model_class": "part10",
    "read": "part10",
    "read_dataset": "part10",
    "write_part10": "part10",
    "MAX_DEPTH": "values",
    "MAX_VALUES": "values",
    "BulkDataURI": "values",
    "dataset_to_xml": "xml",
    "xml_to_dataset": "xml",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


__all__ = [
    "MAX_DEPTH",
    "MAX_VALUES",
    "BulkDataURI",
    "dataset_to_json",
    "dataset_to_xml",
    "dumps",
    "from_dataset",
    "json_to_dataset",
    "loads",
    "model_class",
    "read",
    "read_dataset",
    "to_dataset",
    "write_part10",
    "xml_to_dataset",
]
