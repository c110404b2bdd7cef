"""What checkers and jedi offer after ``import dicomodel`` is there at run time too."""

from __future__ import annotations

import subprocess
import sys

import pytest

PACKAGES = ("codes", "enums", "iods", "items", "macros", "modules", "uids")


@pytest.mark.parametrize("name", PACKAGES)
def test_generated_package_is_an_attribute(name: str) -> None:
    code = (
        "import sys, dicomodel\n"
        f"package = dicomodel.{name}\n"
        f"assert package.__name__ == 'dicomodel.{name}'\n"
        "assert 'pydantic' not in sys.modules\n"  # reaching the package builds no model
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_item_alias_is_the_shared_class() -> None:
    from dicomodel import items

    assert items.ConceptNameCodeSequenceItem is items.CodeSequenceItem
    assert "ConceptNameCodeSequenceItem" in items.__all__
    assert "ConceptNameCodeSequenceItem" in dir(items)


def test_iod_module_offers_its_classes_by_keyword() -> None:
    from dicomodel.iods import SegmentationFunctionalGroupsItem, segmentation
    from dicomodel.items import CodeSequenceItem

    assert segmentation.SegmentedPropertyCategoryCodeSequenceItem is CodeSequenceItem
    assert segmentation.SegmentationFunctionalGroupsItem is SegmentationFunctionalGroupsItem
    assert "PhotometricInterpretation" in segmentation.__all__
