<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>LectureImportPanel</name>
    <message>
        <source>Choose or type a folder first.</source>
        <translation>먼저 폴더를 고르거나 입력하세요.</translation>
    </message>
    <message>
        <source>There is no {manifest} in this folder.</source>
        <translation>이 폴더에 {manifest} 파일이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n lecture(s) imported.</source>
        <translation>
            <numerusform>강의 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out:</source>
        <translation>
            <numerusform>%n개는 제외했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plug in the USB stick: folders holding {manifest} appear below.</source>
        <translation>메모리 스틱을 꽂으세요. {manifest} 파일이 있는 폴더가 아래에 나타납니다.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>다시 찾기</translation>
    </message>
    <message>
        <source>Import lectures</source>
        <translation>강의 가져오기</translation>
    </message>
</context>
</TS>
