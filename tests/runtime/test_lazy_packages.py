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


def test_an_iod_imports_no_item_class_or_enum_until_used() -> None:
    """Issue 16: importing an IOD creates its own class only; an item class or enum is
    imported when a value of it is first validated."""
    code = (
        "import sys\n"
        "from dicomodel.iods import CTImage\n"
        "generated = ('dicomodel.items.', 'dicomodel.enums.', 'dicomodel.modules.')\n"
        "loaded = [m for m in sys.modules if m.startswith(generated)]\n"
        "assert loaded == [], loaded\n"
        "from dicomodel.modules.patient import PatientModule\n"
        "patient = PatientModule(PatientName=None, PatientID='1', PatientBirthDate=None,\n"
        "                        PatientSex='O')\n"
        "assert type(patient.PatientSex).__name__ == 'PatientSex', type(patient.PatientSex)\n"
        "assert 'dicomodel.enums.patient_sex' in sys.modules\n"
        "assert 'dicomodel.enums.type_of_patient_id' not in sys.modules\n"
        "assert not any(m.startswith('dicomodel.items.') for m in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
