<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AnsweredQuestionCard</name>
    <message>
        <source>Q. %1</source>
        <translation>질문. %1</translation>
    </message>
    <message>
        <source>A. %1</source>
        <translation>답변. %1</translation>
    </message>
    <message>
        <source>Answered in the lecture: %1</source>
        <translation>답변 강의: %1</translation>
    </message>
    <message>
        <source>▶ Watch this lecture</source>
        <translation>▶ 이 강의 보기</translation>
    </message>
</context>
<context>
    <name>QuestionBoardPage</name>
    <message>
        <source>Your question for next month&apos;s lecture</source>
        <translation>다음 달 강의에 바라는 질문</translation>
    </message>
    <message>
        <source>Questions are anonymous: please do not write your name or phone number. Staff read each one first.</source>
        <translation>질문은 익명입니다. 이름이나 전화번호는 쓰지 마세요. 직원이 먼저 읽어 봅니다.</translation>
    </message>
    <message>
        <source>Send question</source>
        <translation>질문 보내기</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>답변한 질문</translation>
    </message>
    <message>
        <source>No answered questions on this topic yet.</source>
        <translation>이 주제에는 아직 답변한 질문이 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2자</translation>
    </message>
    <message>
        <source>Thank you. Staff will read your question; the answer will appear on this board.</source>
        <translation>고맙습니다. 직원이 질문을 읽은 뒤 이 게시판에 답변을 올립니다.</translation>
    </message>
    <message>
        <source>Please choose a topic first.</source>
        <translation>먼저 주제를 골라 주세요.</translation>
    </message>
    <message>
        <source>The question cannot be sent: please use ordinary text of at most %1 characters.</source>
        <translation>질문을 보낼 수 없습니다. 일반 글자로 %1자 이내로 써 주세요.</translation>
    </message>
</context>
</TS>
