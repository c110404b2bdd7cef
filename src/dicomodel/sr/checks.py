"""The template checks ``dicomodel validate`` runs beside the IOD's (PS3.16 templates).

- an SR document: its content tree against the TID its root Content Template
  Sequence names (PS3.3 Section C.17.3, Table C.18.8-1);
- a content item sequence of an image IOD whose content constraints name a Defined
  TID for it (:data:`ITEM_SEQUENCE_TEMPLATES`, each citing its section).

Findings are :class:`~dicomodel.errors.Issue` records whose path starts with the
attribute that holds the items (``AcquisitionContextSequence: TID 8300 row 4``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dicomodel.errors import Issue
from dicomodel.sr.content import ContentItem, from_dataset
from dicomodel.sr.document import root_template
from dicomodel.sr.validate import validate_content

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

__all__ = ["ITEM_SEQUENCE_TEMPLATES", "template_issues"]

CONFOCAL_MICROSCOPY_IMAGE = "1.2.840.10008.5.1.4.1.1.77.1.8"
CONFOCAL_MICROSCOPY_TILED_PYRAMIDAL_IMAGE = "1.2.840.10008.5.1.4.1.1.77.1.9"

#: SOP Class UID -> ((keyword path to the content item sequence, TID, where it is stated)).
ITEM_SEQUENCE_TEMPLATES: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {
    CONFOCAL_MICROSCOPY_IMAGE: (
        (("AcquisitionContextSequence",), "8300", "PS3.3 Section A.90.1.4.2"),
    ),
    CONFOCAL_MICROSCOPY_TILED_PYRAMIDAL_IMAGE: (
        (("AcquisitionContextSequence",), "8300", "PS3.3 Section A.90.2.4.2"),
        (
            (
                "SpecimenDescriptionSequence",
                "SpecimenPreparationSequence",
                "SpecimenPreparationStepContentItemSequence",
            ),
            "8301",
            "PS3.3 Section A.90.2.4.6",
        ),
    ),
}


Found = list[tuple[str, list["Dataset"]]]


def _sequences(dataset: Dataset, path: tuple[str, ...], where: str) -> Found:
    """Every instance of the content item sequence at ``path``, with its data set path."""
    head, *rest = path
    items = dataset.get(head)
    if items is None:
        return []
    if not rest:  # present, even empty: its content follows the template
        return [(f"{where}{head}", list(items))]
    found: Found = []
    for index, item in enumerate(items):
        inner: Found = _sequences(item, tuple(rest), f"{where}{head}[{index}].")
        found.extend(inner)
    return found


def content_item_sequence_issues(items: list[Dataset], tid: str, where: str) -> list[Issue]:
    """A content item sequence's items against TID ``tid``; paths start at ``where``."""
    holder = ContentItem("CONTAINER", None, children=[from_dataset(item) for item in items])
    return [
        replace(issue, path=f"{where}: {issue.path}") for issue in validate_content(holder, tid)
    ]


def template_issues(dataset: Dataset) -> list[Issue]:
    """The template findings of a data set (none when no template applies)."""
    issues: list[Issue] = []
    tid = root_template(dataset)
    if tid is not None and dataset.get("ValueType") == "CONTAINER":
        issues.extend(validate_content(from_dataset(dataset), tid))
    sop_class = str(dataset.get("SOPClassUID", ""))
    for path, sequence_tid, stated in ITEM_SEQUENCE_TEMPLATES.get(sop_class, ()):
        for where, items in _sequences(dataset, path, ""):
            found = content_item_sequence_issues(items, sequence_tid, where)
            issues.extend(replace(i, source=f"{i.source}; {stated}") for i in found)
    return issues
