"""TID 8300 and TID 8301 on Confocal Microscopy images (Supplement 226, in 2024c).

The Acquisition Context Sequence (0040,0555) of both Confocal Microscopy IODs follows
TID 8300 (PS3.3 Sections A.90.1.4.2, A.90.2.4.2); the Specimen Preparation Step
Content Item Sequence (0040,0612) follows TID 8301 (stated in 2024c for the Tiled
Pyramidal IOD, PS3.3 Section A.90.2.4.6). Images are built with dicomodel.templates,
written as Part 10, read back and validated.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydicom import Dataset, dcmread
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

import dicomodel
from dicomodel import codes
from dicomodel.coding import Code
from dicomodel.errors import Issue, Rule, Severity
from dicomodel.sr.checks import (
    CONFOCAL_MICROSCOPY_IMAGE,
    CONFOCAL_MICROSCOPY_TILED_PYRAMIDAL_IMAGE,
    content_item_sequence_issues,
)
from dicomodel.sr.content import Num, item_sequence, read_item_sequence
from dicomodel.templates import tid8300, tid8301

STEP = (
    "SpecimenDescriptionSequence[0].SpecimenPreparationSequence[0]."
    "SpecimenPreparationStepContentItemSequence"
)
NO_UNITS = Code("UCUM", "1", "no units")
Stain = tid8301.SpecimenStainingForCutaneousConfocalMicroscopy


def acquisition_context() -> tid8300.SkinImagingAcquisitionContext:
    return tid8300.SkinImagingAcquisitionContext(
        fitzpatrick_skin_type=codes.cid4401.FitzpatrickSkinTypeII,
        history_of_malignant_melanoma=[codes.cid4402.HistoryOfMalignantMelanoma],
        number_of_malignant_melanomas=Num(2.0, NO_UNITS),
        skin_lesion_color=[codes.cid4411.Brown, codes.cid4411.Black],
    )


def confocal_image(path: Path, stain: Stain, sop_class: str = CONFOCAL_MICROSCOPY_IMAGE) -> Path:
    """A Confocal Microscopy image whose two content item sequences come from templates."""
    ds = Dataset()
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = generate_uid()
    ds.Modality = "CFM"
    ds.AcquisitionContextSequence = item_sequence(acquisition_context().to_items())
    step = Dataset()
    step.SpecimenPreparationStepContentItemSequence = item_sequence(stain.to_items())
    specimen = Dataset()
    specimen.SpecimenIdentifier = "S1"
    specimen.SpecimenUID = generate_uid()
    specimen.SpecimenPreparationSequence = [step]
    ds.SpecimenDescriptionSequence = [specimen]
    ds.file_meta = Dataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.save_as(path, enforce_file_format=True)
    return path


def _template_findings(path: Path) -> list[Issue]:
    return [i for i in dicomodel.validate(path) if i.source.startswith("PS3.16")]


def test_written_and_read_back_the_context_and_the_stain_are_the_same(tmp_path: Path) -> None:
    stain = Stain(using_substance=[codes.cid4412.FluoresceinStain])
    read = dcmread(confocal_image(tmp_path / "cm.dcm", stain))
    assert read.AcquisitionContextSequence[2].ValueType == "NUMERIC"  # PS3.3 Table 10-2
    context_items = read_item_sequence(list(read.AcquisitionContextSequence))
    holder = tid8300.SkinImagingAcquisitionContext.from_items(context_items)
    assert holder == acquisition_context()
    step = read.SpecimenDescriptionSequence[0].SpecimenPreparationSequence[0]
    items = read_item_sequence(list(step.SpecimenPreparationStepContentItemSequence))
    assert Stain.from_items(items) == stain


def test_the_acquisition_context_is_validated_against_tid_8300(tmp_path: Path) -> None:
    stain = Stain(using_substance=[codes.cid4412.FluoresceinStain])
    path = confocal_image(tmp_path / "cm.dcm", stain)
    assert [i for i in _template_findings(path) if i.severity is Severity.ERROR] == []
    broken = dcmread(path)
    del broken.AcquisitionContextSequence[1]  # History of malignant melanoma: row 3
    broken.save_as(path)
    errors = [(i.path, i.rule) for i in _template_findings(path) if i.severity is Severity.ERROR]
    # Row 4 "Number of malignant melanomas" is UC, IFF Row 3 is present
    assert errors == [("AcquisitionContextSequence: TID 8300 row 4", Rule.NOT_ALLOWED)]


@pytest.mark.parametrize(
    ("stain", "errors"),
    [
        (Stain(using_substance=[codes.cid4412.FluoresceinStain]), []),
        (Stain(using_substance_row_2="acridine orange"), []),
        (
            Stain(),
            [(f"{STEP}: TID 8301 row 1", "condition"), (f"{STEP}: TID 8301 row 2", "condition")],
        ),
        (
            Stain(using_substance=[Code("SCT", "7759004", "Gentian violet")]),
            [(f"{STEP}: TID 8301 row 1", "enumerated")],  # DCID 4412
        ),
    ],
)
def test_tid_8301_rows_1_and_2_if_the_other_is_not_present(
    tmp_path: Path, stain: Stain, errors: list[tuple[str, str]]
) -> None:
    """Row 1 (CODE, MC, IF Row 2 not present) and row 2 (TEXT, MC, IF Row 1 not present)."""
    path = confocal_image(tmp_path / "tiled.dcm", stain, CONFOCAL_MICROSCOPY_TILED_PYRAMIDAL_IMAGE)
    found = [
        (i.path, str(i.rule)) for i in _template_findings(path) if i.severity is Severity.ERROR
    ]
    assert found == errors
    image = dcmread(confocal_image(tmp_path / "cm.dcm", stain))
    step = image.SpecimenDescriptionSequence[0].SpecimenPreparationSequence[0]
    items = list(step.SpecimenPreparationStepContentItemSequence)
    direct = content_item_sequence_issues(items, "8301", STEP)
    assert [(i.path, str(i.rule)) for i in direct if i.severity is Severity.ERROR] == errors
