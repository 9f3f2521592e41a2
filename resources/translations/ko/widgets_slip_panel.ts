<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>SlipPanel</name>
        <message>
            <source>Print again</source>
            <translation>다시 인쇄</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>This is your slip.</source>
            <translation>안내지입니다.</translation>
        </message>
        <message>
            <source>Printed. Please take your slip from the printer.</source>
            <translation>인쇄했습니다. 프린터에서 안내지를 가져가세요.</translation>
        </message>
        <message>
            <source>Nothing was printed: this kiosk has no printer. Your slip is shown here; scan its QR code with your phone or note down what it says.</source>
            <translation>인쇄되지 않았습니다. 이 키오스크에는 프린터가 없습니다. 안내지를 화면에 보여 드립니다. 휴대폰으로 QR 코드를 찍거나 내용을 적어 가세요.</translation>
        </message>
        <message>
            <source>Nothing was printed: %1. Your slip is shown here instead. Staff can print it again later.</source>
            <translation>인쇄되지 않았습니다(%1). 안내지를 화면에 대신 보여 드립니다. 나중에 직원이 다시 인쇄해 드릴 수 있습니다.</translation>
        </message>
        <message>
            <source>the printer was not found</source>
            <translation>프린터를 찾을 수 없음</translation>
        </message>
        <message>
            <source>the printer is switched off or not connected</source>
            <translation>프린터가 꺼져 있거나 연결되지 않음</translation>
        </message>
        <message>
            <source>the printer is out of paper</source>
            <translation>프린터 용지 없음</translation>
        </message>
        <message>
            <source>the printer could not finish the job</source>
            <translation>프린터가 인쇄를 마치지 못함</translation>
        </message>
        <message>
            <source>the address is too long for a QR code on this paper</source>
            <translation>주소가 너무 길어 이 용지의 QR 코드에 담을 수 없음</translation>
        </message>
    </context>
</TS>