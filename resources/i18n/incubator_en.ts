<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ko">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="120"/>
        <source>백업하는 중…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="136"/>
        <source>백업 목록을 읽는 중…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="142"/>
        <source>복원하는 중…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="156"/>
        <source>백업에서 복원</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="163"/>
        <source>이 백업은 다른 데이터베이스(스테이션)의 기록입니다. </source>
        <translation>This backup holds another database&apos;s (station&apos;s) records. </translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="165"/>
        <source>지금 데이터베이스 {0}의 모든 기록을 {1}의 백업(입주기업 {2:,}, 계약 {3:,}, 예약 {4:,}, 변경 이력 {5:,}건)으로 바꿉니다. 지금 상태는 먼저 백업해 둡니다. 복원할까요?</source>
        <translation>Every record of the database {0} will be replaced by the backup of {1} ({2:,} tenants, {3:,} leases, {4:,} bookings, {5:,} history entries). The database as it is now is backed up first. Restore?</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="184"/>
        <source>백업</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="115"/>
        <source>새 예약</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="119"/>
        <source>{0}명</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="134"/>
        <source>입주기업</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="135"/>
        <source>외부 단체</source>
        <translation>Outside organisation</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="144"/>
        <source>담당자 이름과 전화번호</source>
        <translation>Contact person and phone</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="148"/>
        <source>매주 반복</source>
        <translation>Repeat weekly</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="152"/>
        <source>회</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="153"/>
        <source>안 되는 날짜는 건너뛰기</source>
        <translation>Skip the dates that cannot be booked</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="159"/>
        <source>공간</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="160"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="161"/>
        <source>시간</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="162"/>
        <source>예약자</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="163"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="164"/>
        <source>단체명</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="165"/>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="166"/>
        <source>목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="167"/>
        <source>인원</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="168"/>
        <source>반복</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="210"/>
        <source>예약 가능</source>
        <translation>Can be booked</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="211"/>
        <source>안 됨: {0}</source>
        <translation>Cannot: {0}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="145"/>
        <source>이번 주</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="147"/>
        <source>지난 주</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="148"/>
        <source>다음 주</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="152"/>
        <source>모든 공간</source>
        <translation>All spaces</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="154"/>
        <source>새 예약…</source>
        <translation>New booking…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="157"/>
        <source>주간 예약표</source>
        <translation>Week schedule</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="161"/>
        <source>인쇄 미리보기…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="162"/>
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="163"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="173"/>
        <source>공간</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="67"/>
        <source>입주</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="68"/>
        <source>외부</source>
        <translation>Outside</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="188"/>
        <source>주간</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="189"/>
        <source>목록</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="211"/>
        <source>빈칸을 누르면 예약, 예약을 누르면 승인·반려·취소·노쇼. 회색은 쉬는 날과 이용 시간 밖입니다. 취소·반려된 예약은 목록에 있습니다.</source>
        <translation>Click an empty slot to book it, a booking to approve, reject, cancel or mark a no-show. Grey: closed days and hours. Cancelled and rejected bookings are in the list.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="228"/>
        <source>모든 상태</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="231"/>
        <source>예약자, 목적 또는 예약 번호로 찾기</source>
        <translation>Find by booker, purpose or booking number</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="233"/>
        <source>처리…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="232"/>
        <location filename="../../incubator_app/ui/pages/bookings.py" line="344"/>
        <source>{0:,}건</source>
        <translation>{0:,} bookings</translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="213"/>
        <source>납부 취소: {0}번</source>
        <translation>Cancel payment {0}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="220"/>
        <source>납부</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="222"/>
        <source>취소 사유</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <location filename="../../incubator_app/ui/checked_dialog.py" line="53"/>
        <source>예외 사유</source>
        <translation>Exception reason</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/checked_dialog.py" line="143"/>
        <source>사유를 적으면 풀리는 규칙: {0}</source>
        <translation>A reason lifts: {0}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="38"/>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="117"/>
        <source>데이터베이스 연결</source>
        <translation>Connect to database</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="41"/>
        <source>서버 이름이나 주소 (예: stag-server, 192.168.0.10)</source>
        <translation>Server name or address (e.g. stag-server, 192.168.0.10)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="49"/>
        <source>비워 두면 보관된 비밀번호나 pgpass를 씁니다</source>
        <translation>Leave empty to use a kept password or pgpass</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="50"/>
        <source>이 컴퓨터의 비밀번호 보관소에 저장</source>
        <translation>Keep in this computer&apos;s password store</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="58"/>
        <source>서버</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="59"/>
        <source>포트</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="60"/>
        <source>데이터베이스</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="61"/>
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="62"/>
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/connect_dialog.py" line="67"/>
        <source>연결</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="136"/>
        <source>보육실 입주율</source>
        <translation>Startup-room occupancy</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="137"/>
        <source>면적 입주율</source>
        <translation>Occupancy by area</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="138"/>
        <source>단계별 입주기업</source>
        <translation>Tenants by stage</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="139"/>
        <source>공실</source>
        <translation>Vacant rooms</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="140"/>
        <source>코워킹 좌석</source>
        <translation>Coworking seats</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="141"/>
        <source>공용공간 예약 신청</source>
        <translation>Booking requests waiting</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="142"/>
        <source>미납</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="143"/>
        <source>신청 처리하기…</source>
        <translation>Decide the requests…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="174"/>
        <source>층별 입주 현황 (보육실, 코워킹은 좌석)</source>
        <translation>Occupancy by floor (startup rooms; seats for coworking)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="183"/>
        <source>알림 (급한 순)</source>
        <translation>Alerts (most urgent first)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="211"/>
        <source>공용공간 이용률 ({0}년 {1}월)</source>
        <translation>Shared spaces in use ({1}/{0})</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="212"/>
        <source>계산 중…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="215"/>
        <source> (지난 시각)</source>
        <translation> (time passed)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="260"/>
        <source>미납 없음</source>
        <translation>No arrears</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="266"/>
        <source>합계 {0}
가장 오래된 미납: {1} {2}</source>
        <translation>Total {0}
Oldest: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="275"/>
        <source>{0} / {1}실</source>
        <translation>{0} / {1} rooms</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/dashboard.py" line="284"/>
        <source>사용 좌석 / 전체 좌석</source>
        <translation>seats used / all seats</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="301"/>
        <source>예약 {0}번</source>
        <translation>Booking {0}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="303"/>
        <source>외부</source>
        <translation>Outside</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="303"/>
        <source>입주</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="305"/>
        <source>공간</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="306"/>
        <source>일시</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="307"/>
        <source>예약자</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="308"/>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="309"/>
        <source>목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="310"/>
        <source>인원</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="310"/>
        <source>{0}명</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="311"/>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="342"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="312"/>
        <source>예외 사유</source>
        <translation>Exception reason</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="323"/>
        <source>승인</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="324"/>
        <source>반려</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="325"/>
        <source>예약 취소</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="326"/>
        <source>노쇼 처리</source>
        <translation>Mark no-show</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="349"/>
        <source>이 예약은 더 바꿀 수 없습니다.</source>
        <translation>This booking can no longer change.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/booking_dialog.py" line="362"/>
        <source>이 예약을 &apos;{0}&apos;(으)로 바꿀까요? 되돌릴 수 없습니다.</source>
        <translation>Change this booking to &apos;{0}&apos;? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="239"/>
        <source>보증금: {0} {1}</source>
        <translation>Deposit: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="248"/>
        <source>약정 보증금</source>
        <translation>Deposit agreed</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="249"/>
        <source>받은 보증금</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="249"/>
        <source>아직 없음</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="251"/>
        <source>받은 보증금 기록</source>
        <translation>Record a deposit received</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="252"/>
        <source>퇴실 정산</source>
        <translation>Settle at move-out</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="255"/>
        <source>할 일</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="256"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="257"/>
        <source>받은 금액(원)</source>
        <translation>Amount received (KRW)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="261"/>
        <source>공제 금액(원)</source>
        <translation>Deduction (KRW)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="262"/>
        <source>사유 (원상복구, 청소…)</source>
        <translation>Reason (restoration, cleaning…)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="268"/>
        <source>공제</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="275"/>
        <source>정산서 PDF…</source>
        <translation>Settlement PDF…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="288"/>
        <source>PDF로 저장</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../incubator_app/ui/app.py" line="67"/>
        <source>데모 데이터로 둘러보기</source>
        <translation>Look around with demo data</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/app.py" line="68"/>
        <source>아직 입주기업이 없습니다. 데모 데이터로 둘러보시겠습니까?
데모는 별도의 파일에 만들어져 실제 기록과 섞이지 않습니다.</source>
        <translation>There are no tenants yet. Would you like to look around with demo data?
The demo is made in a separate file and never mixes with real records.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/app.py" line="121"/>
        <source>읽기 전용</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/app.py" line="185"/>
        <source>데이터베이스를 열 수 없습니다</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/app.py" line="200"/>
        <source>예기치 않은 오류</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/app.py" line="201"/>
        <source>예기치 않은 오류가 생겼습니다. 작업 중인 데이터베이스는 그대로입니다.
기록: {0}</source>
        <translation>An unexpected error occurred. The open database is unchanged.
Log: {0}</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="92"/>
        <source>Excel로 저장</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="98"/>
        <source>Excel 명단 가져오기</source>
        <translation>Import an Excel roster</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="115"/>
        <source>입주기업 현황을 저장하는 중…</source>
        <translation>Saving the tenant roster…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="129"/>
        <source>층별 현황을 저장하는 중…</source>
        <translation>Saving occupancy by floor…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="142"/>
        <source>예약 현황을 저장하는 중…</source>
        <translation>Saving the bookings…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="161"/>
        <source>변경 이력을 저장하는 중…</source>
        <translation>Saving the change history…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="193"/>
        <source>명단을 가져오는 중…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="199"/>
        <source>주의</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="211"/>
        <source>취소했습니다. 아무것도 바꾸지 않았습니다.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="213"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="88"/>
        <source>모든 데스크</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="90"/>
        <source>모든 기록</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="93"/>
        <source>내용·데스크·파일 이름으로 찾기</source>
        <translation>Find by content, desk or file name</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="94"/>
        <location filename="../../incubator_app/ui/pages/history.py" line="160"/>
        <source>{0:,}건 중 최근 {1:,}건</source>
        <translation>newest {1:,} of {0:,}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="95"/>
        <source>이력 검사</source>
        <translation>Check history</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="96"/>
        <source>Excel로 내보내기…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="102"/>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="158"/>
        <source>{0:,}건</source>
        <translation>{0:,}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/history.py" line="186"/>
        <source>변경 이력을 검사하는 중…</source>
        <translation>Checking the change history…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="103"/>
        <source>청구 발행: {0}</source>
        <translation>Issue charges: {0}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="117"/>
        <source>발행</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="79"/>
        <source>새 계약</source>
        <translation>New lease</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="96"/>
        <source>기본 계약 기간</source>
        <translation>Default term</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="105"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="106"/>
        <source>호실</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="107"/>
        <source>입주일</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="109"/>
        <source>좌석 (코워킹)</source>
        <translation>Seats (coworking)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="110"/>
        <source>보증금(원)</source>
        <translation>Deposit (won)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="111"/>
        <source>월임대료(원)</source>
        <translation>Monthly rent (won)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="112"/>
        <source>월관리비(원)</source>
        <translation>Monthly fee (won)</translation>
    </message>
</context>
<context>
    <name>LeaseTerms</name>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="234"/>
        <source>계약만료일</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="235"/>
        <source>퇴실일</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="238"/>
        <source>보증금</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="239"/>
        <source>월임대료</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="240"/>
        <source>월관리비</source>
        <translation>Monthly fee</translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="86"/>
        <source>기준일 현재 계약</source>
        <translation>Leases on the as-of date</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="88"/>
        <source>종료된 계약</source>
        <translation>Ended leases</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="89"/>
        <source>모든 계약</source>
        <translation>All leases</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="92"/>
        <source>기업명 또는 호실로 찾기</source>
        <translation>Find by company or room</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="94"/>
        <source>새 계약…</source>
        <translation>New lease…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="95"/>
        <source>재계약…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="96"/>
        <source>퇴실 처리…</source>
        <translation>Move out…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="97"/>
        <source>보증금…</source>
        <translation>Deposit…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="121"/>
        <source>{0}일 안에 만료</source>
        <translation>Ending within {0} days</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/leases.py" line="93"/>
        <location filename="../../incubator_app/ui/pages/leases.py" line="155"/>
        <source>{0:,}건</source>
        <translation>{0:,} leases</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../incubator_app/ui/ledger.py" line="25"/>
        <source>납기</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/ledger.py" line="29"/>
        <source>취소된 납부</source>
        <translation>Cancelled payment</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/ledger.py" line="31"/>
        <source>납부</source>
        <translation>Payment</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="75"/>
        <location filename="../../incubator_app/ui/mainwindow.py" line="236"/>
        <source>빛고을 창업스테이션 입주기업 관리</source>
        <translation>Bitgoeul Startup Station (STA·G) tenant desk</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="39"/>
        <source>대시보드</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="40"/>
        <source>입주기업</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="41"/>
        <source>호실·층</source>
        <translation>Rooms &amp; floors</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="42"/>
        <source>계약</source>
        <translation>Leases</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="43"/>
        <source>공용공간 예약</source>
        <translation>Shared spaces</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="86"/>
        <source>데이터베이스를 여는 중…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="125"/>
        <source>읽기 전용: 저장할 수 없습니다</source>
        <translation>Read-only: saving is refused</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="128"/>
        <location filename="../../incubator_app/ui/mainwindow.py" line="368"/>
        <source>데스크: {0}</source>
        <translation>Desk: {0}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="135"/>
        <source>주의</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="233"/>
        <source> [데모]</source>
        <translation> [demo]</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="235"/>
        <source> [읽기 전용]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="240"/>
        <source>기준일</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="243"/>
        <source>기준일 </source>
        <translation>As of </translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="245"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="241"/>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="122"/>
        <source>새 데이터베이스…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="128"/>
        <source>열기…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="139"/>
        <source>Excel 가져오기…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="249"/>
        <source>Excel 내보내기</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="117"/>
        <source>입주기업 현황…</source>
        <translation>Tenant roster…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="146"/>
        <source>층별 현황…</source>
        <translation>Occupancy by floor…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="151"/>
        <source>공용공간 예약 현황…</source>
        <translation>Shared-space bookings…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="116"/>
        <source>입주 현황 보고…</source>
        <translation>Occupancy summary…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="44"/>
        <source>수납</source>
        <translation>Rent &amp; fees</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="45"/>
        <source>변경 이력</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="118"/>
        <source>공용공간 주간 예약표…</source>
        <translation>Shared-space week schedule…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="134"/>
        <source>데이터베이스 연결…</source>
        <translation>Connect to database…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="155"/>
        <source>백업하기</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="158"/>
        <source>백업에서 복원…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="163"/>
        <source>변경 이력…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="254"/>
        <source>인쇄 미리보기</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="258"/>
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="262"/>
        <source>PDF로 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="182"/>
        <source>종료</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="273"/>
        <source>편집(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="188"/>
        <source>입주기업 추가…</source>
        <translation>Add tenant…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="193"/>
        <source>새 계약…</source>
        <translation>New lease…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="198"/>
        <source>새 예약…</source>
        <translation>New booking…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="203"/>
        <source>설정…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="277"/>
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="215"/>
        <source>새로 고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="290"/>
        <source>도움말(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="220"/>
        <source>데모 데이터로 둘러보기</source>
        <translation>Look around with demo data</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="225"/>
        <source>정보…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/actions.py" line="228"/>
        <source>버전…</source>
        <translation>Version…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="326"/>
        <source>새 데이터베이스</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="328"/>
        <source>데이터베이스 (*.sqlite3 *.db)</source>
        <translation>Databases (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="336"/>
        <source>데이터베이스 열기</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="338"/>
        <source>데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)</source>
        <translation>Databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="346"/>
        <source>열린 데이터베이스가 없습니다. 파일 ▸ 열기… 또는 데이터베이스 연결…로 여세요.</source>
        <translation>No database is open. Open one with File ▸ Open… or Connect to database….</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="373"/>
        <source>버전</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="374"/>
        <source>버전 {0}
Python {1}, Qt {2}</source>
        <translation>Version {0}
Python {1}, Qt {2}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="382"/>
        <source>정보</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="383"/>
        <source>{0} 입주기업 관리 데스크
버전 {1}
데이터베이스: {2}</source>
        <translation>{0} tenant desk
Version {1}
Database: {2}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/mainwindow.py" line="384"/>
        <source>빛고을 창업스테이션</source>
        <translation>Bitgoeul Startup Station (STA·G)</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="147"/>
        <location filename="../../incubator_app/ui/pages/money.py" line="238"/>
        <source>{0:,}건</source>
        <translation>{0:,}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="148"/>
        <source>청구 발행…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="149"/>
        <source>납부 기록…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="150"/>
        <source>납부 취소…</source>
        <translation>Cancel payment…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="151"/>
        <source>영수증 PDF…</source>
        <translation>Receipt PDF…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="152"/>
        <source>고지서 PDF…</source>
        <translation>Invoices PDF…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="153"/>
        <source>Excel로 내보내기…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="161"/>
        <source>청구</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="162"/>
        <source>납부</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="163"/>
        <source>미납</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="165"/>
        <source>청구월</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="279"/>
        <source>PDF로 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="285"/>
        <source>Excel로 저장</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="288"/>
        <source>청구 내역을 저장하는 중…</source>
        <translation>Saving the charges…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/money.py" line="301"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="167"/>
        <source>퇴실 처리: {0} {1}</source>
        <translation>Move out: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="173"/>
        <source>퇴실일</source>
        <translation>Move-out date</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../incubator_app/ui/form.py" line="271"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/form.py" line="48"/>
        <source>불러오지 못했습니다</source>
        <translation>Could not load</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="144"/>
        <source>납부 기록</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="149"/>
        <source>예: 385,000</source>
        <translation>e.g. 385,000</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="156"/>
        <source>입주기업</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="157"/>
        <source>금액(원)</source>
        <translation>Amount (KRW)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="158"/>
        <source>납부일</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="159"/>
        <source>납부 방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/money_dialogs.py" line="160"/>
        <source>메모</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../incubator_app/ui/print_actions.py" line="87"/>
        <source>PDF로 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/print_actions.py" line="108"/>
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../incubator_app/ui/excel_actions.py" line="55"/>
        <source>가져오지 않았습니다</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../incubator_app/ui/work.py" line="69"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <location filename="../../incubator_app/ui/record_history.py" line="40"/>
        <source>아직 기록된 변경이 없습니다.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/record_history.py" line="46"/>
        <source>정보</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/record_history.py" line="47"/>
        <source>이력</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="199"/>
        <source>재계약: {0} {1}</source>
        <translation>Renew: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/lease_dialog.py" line="204"/>
        <source>기본 계약 기간</source>
        <translation>Default term</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="62"/>
        <source>백업에서 복원</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="68"/>
        <source>다른 백업 파일…</source>
        <translation>Another backup file…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="72"/>
        <source>복원…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="79"/>
        <source>복원할 백업을 고르세요. 지금 데이터베이스는 먼저 백업해 둡니다.</source>
        <translation>Choose the backup to restore. The database as it is now is backed up first.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="91"/>
        <source>목록에서 백업을 고르세요.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="97"/>
        <source>백업 파일</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/backup_actions.py" line="102"/>
        <source>백업을 검사하는 중…</source>
        <translation>Checking the backup…</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../incubator_app/ui/room_dialog.py" line="22"/>
        <source>호실 수정: {0}</source>
        <translation>Edit room: {0}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/room_dialog.py" line="33"/>
        <location filename="../../incubator_app/ui/room_dialog.py" line="40"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/room_dialog.py" line="34"/>
        <location filename="../../incubator_app/ui/room_dialog.py" line="41"/>
        <source>전용면적(㎡)</source>
        <translation>Area (㎡)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/room_dialog.py" line="35"/>
        <location filename="../../incubator_app/ui/room_dialog.py" line="42"/>
        <source>좌석·수용 인원</source>
        <translation>Seats / capacity</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="243"/>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="347"/>
        <source>호실을 누르면 자세한 내용이 보입니다.</source>
        <translation>Click a room to see its details.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="247"/>
        <source>호실 수정…</source>
        <translation>Edit room…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="248"/>
        <source>이 호실로 새 계약…</source>
        <translation>New lease for this room…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="257"/>
        <source>공실</source>
        <translation>Vacant rooms</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="258"/>
        <source>입주</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="296"/>
        <source>{0}일 안에 계약 만료</source>
        <translation>Lease ends within {0} days</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="260"/>
        <source>초기창업 기간 지난 기업</source>
        <translation>Tenant past its early-stage window</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/rooms.py" line="261"/>
        <source>공용·대관 공간</source>
        <translation>Shared and bookable spaces</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="49"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="77"/>
        <source>데스크 이름</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="78"/>
        <source>이 데스크에서 한 변경은 이 이름으로 기록됩니다.</source>
        <translation>Changes made at this desk are recorded under this name.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="86"/>
        <source>언어 (Language)</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="88"/>
        <source>데이터베이스</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="92"/>
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="99"/>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="105"/>
        <source>백업 폴더</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="101"/>
        <source>비워 두면 데이터베이스 파일 옆의 backups 폴더에 백업합니다.</source>
        <translation>Left empty, backups go to the backups folder beside the database file.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="168"/>
        <source>지금 저장된 값 — {0}</source>
        <translation>Stored now — {0}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/settings_dialog.py" line="87"/>
        <source>언어는 다음에 시작할 때 바뀝니다.</source>
        <translation>The language changes at the next start.</translation>
    </message>
</context>
<context>
    <name>Signed</name>
    <message>
        <location filename="../../incubator_app/ui/signed.py" line="84"/>
        <source>지금 저장된 값 — {0}</source>
        <translation>Stored now — {0}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/signed.py" line="86"/>
        <source>이 창의 항목은 바뀌지 않았습니다.</source>
        <translation>None of the items in this window changed.</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="72"/>
        <source>입주기업 수정</source>
        <translation>Edit tenant</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="72"/>
        <source>입주기업 추가</source>
        <translation>Add tenant</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="88"/>
        <source>모름</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="92"/>
        <source>신산업 창업기업 (창업기업 10년)</source>
        <translation>New-industry startup (10-year startup age)</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="95"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="256"/>
        <source>기업명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="96"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="257"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="97"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="258"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="98"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="259"/>
        <source>법인등록번호</source>
        <translation>Corporate reg. no.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="99"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="260"/>
        <source>개업일</source>
        <translation>Business start</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="100"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="261"/>
        <source>대표자</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="101"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="262"/>
        <source>업종</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="102"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="263"/>
        <source>고용인원</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="103"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="264"/>
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="104"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="265"/>
        <source>이메일</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="105"/>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="266"/>
        <source>비고</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="113"/>
        <source>계약 이력</source>
        <translation>Lease history</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="130"/>
        <source>수납 내역</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="235"/>
        <source>개업일을 입력하면 업력을 판정합니다</source>
        <translation>Enter the business start date to see the stage</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="243"/>
        <source>{0} D-{1}, {2}까지</source>
        <translation>{0}, D-{1}, until {2}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="244"/>
        <source>{0}: 초기창업 기간 {1} 종료</source>
        <translation>{0}: early-stage window ended {1}</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="267"/>
        <source>신산업 창업기업</source>
        <translation>New-industry startup</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="267"/>
        <source>예</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/tenant_dialog.py" line="267"/>
        <source>아니오</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TenantField</name>
    <message>
        <location filename="../../incubator_app/ui/tenant_field.py" line="29"/>
        <source>기업명 또는 사업자등록번호</source>
        <translation>Company name or business registration number</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <location filename="../../incubator_app/ui/pages/tenants.py" line="102"/>
        <source>기업명, 대표자, 사업자등록번호로 찾기</source>
        <translation>Find by company, representative or business reg. no.</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/tenants.py" line="104"/>
        <source>모든 업력구분</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/tenants.py" line="109"/>
        <source>입주기업 추가…</source>
        <translation>Add tenant…</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/tenants.py" line="162"/>
        <source>모든 층</source>
        <translation>All floors</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/tenants.py" line="165"/>
        <source>입주 호실 없음</source>
        <translation>Holding no room</translation>
    </message>
    <message>
        <location filename="../../incubator_app/ui/pages/tenants.py" line="108"/>
        <location filename="../../incubator_app/ui/pages/tenants.py" line="198"/>
        <source>{0:,} / {1:,}개</source>
        <translation>{0:,} / {1:,}</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../incubator_app/ui/week_grid.py" line="374"/>
        <source> (예약 가능 기간 밖)</source>
        <translation> (beyond the booking window)</translation>
    </message>
</context>
</TS>
