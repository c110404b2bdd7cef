"""dicomodel.uids on the generated 2024c package: constants, UID_INFO, IOD class names."""

from __future__ import annotations

from pydicom.uid import UID

from dicomodel import uids


def test_constants_are_pydicom_uids() -> None:
    assert uids.CTImageStorage == "1.2.840.10008.5.1.4.1.1.2"
    assert isinstance(uids.CTImageStorage, UID)
    assert uids.ImplicitVRLittleEndian == "1.2.840.10008.1.2"
    assert uids.ImplicitVRLittleEndian.is_transfer_syntax
    assert uids.ConfocalMicroscopyImageStorage.startswith("1.2.840.10008.5.1.4.1.1.")
    assert uids.TalairachBrainAtlas == "1.2.840.10008.1.4.1.1"


def test_registry() -> None:
    # 2024c Table A-1 (454) + Sup 243's Label Map Segmentation Storage; Table A-2 (28)
    assert len(uids.UID_INFO) == 455 + 28
    info = uids.UID_INFO[uids.CTImageStorage]
    assert (info.name, info.keyword, info.type, info.part) == (
        "CT Image Storage",
        "CTImageStorage",
        "SOP Class",
        "PS3.4",
    )
    assert info.retired is False
    assert info.value is uids.CTImageStorage
    big_endian = uids.UID_INFO["1.2.840.10008.1.2.2"]
    assert (big_endian.keyword, big_endian.retired) == ("ExplicitVRBigEndian", True)
    unnamed = [row for row in uids.UID_INFO.values() if not row.keyword]
    assert len(unnamed) == 2
    assert all(row.retired for row in unnamed)
    assert uids.UID_INFO[uids.TalairachBrainAtlas].type == "Well-known Frame of Reference"


def test_iod_class_names() -> None:
    assert uids.iod_class_name(uids.CTImageStorage) == "CTImage"
    assert uids.iod_class_name(uids.ConfocalMicroscopyImageStorage) == "ConfocalMicroscopyImage"
    assert (
        uids.iod_class_name(uids.ConfocalMicroscopyTiledPyramidalImageStorage)
        == "ConfocalMicroscopyTiledPyramidalImage"
    )
    assert uids.iod_class_name(uids.TwelveLeadECGWaveformStorage) == "TwelveLeadECG"
    assert uids.iod_class_name(uids.ImplicitVRLittleEndian) is None
    assert uids.iod_class_name(uids.PatientRootQueryRetrieveInformationModelFind) is None
    assert uids.iod_class_name("1.2.3.4") is None
    with_iod = [row for row in uids.UID_INFO.values() if row.iod_class]
    assert len(with_iod) == 181  # of 222 SOP classes: Q/R and other IOD-less ones have none
