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

    assert items.AcquisitionMethodCodeSequenceItem is items.CodeSequenceItem
    assert "AcquisitionMethodCodeSequenceItem" in items.__all__
    assert "AcquisitionMethodCodeSequenceItem" in dir(items)


def test_iod_module_offers_its_classes_by_keyword() -> None:
    from dicomodel.iods import SegmentationFunctionalGroupsItem, segmentation
    from dicomodel.items import CodeSequenceItem
    from dicomodel.lazy import resolved

    assert segmentation.SegmentedPropertyCategoryCodeSequenceItem is CodeSequenceItem
    assert segmentation.SegmentationFunctionalGroupsItem is SegmentationFunctionalGroupsItem
    # The top-level Photometric Interpretation wins over the Icon Image Sequence item's.
    assert "PhotometricInterpretation" in segmentation.__all__
    segmentation_field = segmentation.Segmentation.model_fields["PhotometricInterpretation"]
    assert segmentation.PhotometricInterpretation is resolved(segmentation_field.annotation)
