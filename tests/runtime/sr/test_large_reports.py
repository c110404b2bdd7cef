"""A report of many measurement groups validates in time linear in its size.

Matching used to take, for every invocation of a one-row template (a TID 1501 group
under TID 1500 row 6), every fitting item of the level and put back all but the
first: a 602-group report took about three minutes, now under a second.
"""

from __future__ import annotations

import copy
import time

from dicomodel.errors import Severity
from dicomodel.sr.content import ContentItem, from_dataset
from dicomodel.sr.validate import validate_content
from tests.runtime.sr.conftest import highdicom_report


def _report(copies: int) -> tuple[ContentItem, int]:
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    measurements = max(tree.children, key=lambda child: len(child.children))
    groups = list(measurements.children)
    for _ in range(copies):
        measurements.children.extend(copy.deepcopy(groups))
    return tree, len(measurements.children)


def test_six_hundred_groups_validate_as_one_does() -> None:
    one, _ = _report(0)
    many, groups = _report(300)
    assert groups == 602
    start = time.process_time()
    found = validate_content(many, "1500")
    seconds = time.process_time() - start
    assert [(i.path, i.message) for i in found] == [
        (i.path, i.message) for i in validate_content(one, "1500")
    ]
    assert not [i for i in found if i.severity is Severity.ERROR]
    assert seconds < 20, f"{seconds:.1f} s for {groups} groups"
