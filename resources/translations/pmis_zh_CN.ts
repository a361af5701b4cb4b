<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddDocumentDialog</name>
        <message>
            <source>Add document</source>
            <translation>上传资料</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>资料(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>a scan as PDF, PNG or JPEG, at most %1 MB</source>
            <translation>PDF、PNG或JPEG扫描件，不超过%1 MB</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>上传(&amp;A)</translation>
        </message>
        <message>
            <source>Choose the scanned document</source>
            <translation>选择扫描件</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Choose a PDF, PNG or JPEG file.</source>
            <translation>请选择PDF、PNG或JPEG文件。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB.</source>
            <translation>文件超过%1 MB。</translation>
        </message>
    </context>
    <context>
        <name>AdminPages</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Offices</source>
            <translation>组织机构</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>AdminTerms</name>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Counter clerk</source>
            <translation>柜台营业员</translation>
        </message>
        <message>
            <source>Meter reading supervisor</source>
            <translation>抄表班长</translation>
        </message>
        <message>
            <source>Office head</source>
            <translation>营业所主任</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Auditor</source>
            <translation>稽查员</translation>
        </message>
        <message>
            <source>Sign in and use the client</source>
            <translation>登录并使用客户端</translation>
        </message>
        <message>
            <source>View customer files</source>
            <translation>查看客户档案</translation>
        </message>
        <message>
            <source>Edit customer contact details</source>
            <translation>修改客户联系方式</translation>
        </message>
        <message>
            <source>View user accounts</source>
            <translation>查看用户账号</translation>
        </message>
        <message>
            <source>Create, change, lock and unlock user accounts</source>
            <translation>新建、修改、锁定和解锁用户账号</translation>
        </message>
        <message>
            <source>View the organisation</source>
            <translation>查看组织机构</translation>
        </message>
        <message>
            <source>Create organisation units</source>
            <translation>新建组织机构单位</translation>
        </message>
        <message>
            <source>Read the audit log</source>
            <translation>查阅审计日志</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Bureau</source>
            <translation>供电局</translation>
        </message>
        <message>
            <source>Business office</source>
            <translation>营业所</translation>
        </message>
        <message>
            <source>Service hall</source>
            <translation>营业厅</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>Organisation unit</source>
            <translation>组织机构单位</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Connection check</source>
            <translation>连接检测</translation>
        </message>
        <message>
            <source>Health check</source>
            <translation>健康检查</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Read own account</source>
            <translation>读取本人账号</translation>
        </message>
        <message>
            <source>Change own password</source>
            <translation>修改本人密码</translation>
        </message>
        <message>
            <source>List users</source>
            <translation>查询用户</translation>
        </message>
        <message>
            <source>View user</source>
            <translation>查看用户</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <source>Change user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <source>Lock or unlock user</source>
            <translation>锁定或解锁用户</translation>
        </message>
        <message>
            <source>Lock user</source>
            <translation>锁定用户</translation>
        </message>
        <message>
            <source>Unlock user</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>List roles</source>
            <translation>查询角色</translation>
        </message>
        <message>
            <source>List the organisation</source>
            <translation>查询组织机构</translation>
        </message>
        <message>
            <source>Create organisation unit</source>
            <translation>新建组织机构单位</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>查询审计日志</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>查询客户</translation>
        </message>
        <message>
            <source>Open customer file</source>
            <translation>查看客户档案</translation>
        </message>
        <message>
            <source>Change customer contact</source>
            <translation>修改客户联系方式</translation>
        </message>
        <message>
            <source>View batch job progress</source>
            <translation>查看批处理作业进度</translation>
        </message>
        <message>
            <source>Change business conventions</source>
            <translation>修改业务规则设置</translation>
        </message>
        <message>
            <source>View tariffs and use the calculator</source>
            <translation>查看电价和使用电费试算</translation>
        </message>
        <message>
            <source>Draft and import tariffs</source>
            <translation>起草和导入电价</translation>
        </message>
        <message>
            <source>Approve tariffs</source>
            <translation>审批电价</translation>
        </message>
        <message>
            <source>View reading books and readings</source>
            <translation>查看抄表本和抄表数据</translation>
        </message>
        <message>
            <source>Enter and import readings</source>
            <translation>录入和导入抄表数据</translation>
        </message>
        <message>
            <source>Decide on flagged readings and meter changes</source>
            <translation>处理异常抄表数据和换表</translation>
        </message>
        <message>
            <source>Manage reading books and plans</source>
            <translation>管理抄表本和抄表计划</translation>
        </message>
        <message>
            <source>View bills</source>
            <translation>查看电费账单</translation>
        </message>
        <message>
            <source>Start billing runs</source>
            <translation>发起电费核算</translation>
        </message>
        <message>
            <source>Release or reject bills under review</source>
            <translation>发行或退回待审核账单</translation>
        </message>
        <message>
            <source>Request bill corrections</source>
            <translation>申请电费退补</translation>
        </message>
        <message>
            <source>Approve bill corrections</source>
            <translation>审批电费退补</translation>
        </message>
        <message>
            <source>View accounts and payments</source>
            <translation>查看账户和缴费</translation>
        </message>
        <message>
            <source>Take payments at the counter</source>
            <translation>柜台收费</translation>
        </message>
        <message>
            <source>Request payment reversals</source>
            <translation>申请冲正</translation>
        </message>
        <message>
            <source>Approve payment reversals</source>
            <translation>审批冲正</translation>
        </message>
        <message>
            <source>Close one's own till</source>
            <translation>本人日结</translation>
        </message>
        <message>
            <source>View every clerk's cash close</source>
            <translation>查看全部收费员日结</translation>
        </message>
        <message>
            <source>View arrears</source>
            <translation>查看欠费</translation>
        </message>
        <message>
            <source>Issue reminders and notices, waive penalties</source>
            <translation>发催费和停电通知、减免违约金</translation>
        </message>
        <message>
            <source>Exchange bank withholding files</source>
            <translation>银行代扣文件收发</translation>
        </message>
        <message>
            <source>Print revenue reports</source>
            <translation>打印营收报表</translation>
        </message>
        <message>
            <source>View job progress</source>
            <translation>查看作业进度</translation>
        </message>
        <message>
            <source>List reading books</source>
            <translation>查看抄表本</translation>
        </message>
        <message>
            <source>View a reading book</source>
            <translation>查看抄表本明细</translation>
        </message>
        <message>
            <source>View reading history</source>
            <translation>查看抄表历史</translation>
        </message>
        <message>
            <source>List meter readers</source>
            <translation>查看抄表员</translation>
        </message>
        <message>
            <source>Assign meter reader</source>
            <translation>指定抄表员</translation>
        </message>
        <message>
            <source>Move points between books</source>
            <translation>调整抄表本</translation>
        </message>
        <message>
            <source>Create reading plans</source>
            <translation>生成抄表计划</translation>
        </message>
        <message>
            <source>Open reading entry</source>
            <translation>打开抄表录入</translation>
        </message>
        <message>
            <source>Save readings</source>
            <translation>保存抄表数据</translation>
        </message>
        <message>
            <source>Import readings</source>
            <translation>导入抄表数据</translation>
        </message>
        <message>
            <source>View reading exceptions</source>
            <translation>查看抄表异常</translation>
        </message>
        <message>
            <source>Decide on a reading</source>
            <translation>处理抄表异常</translation>
        </message>
        <message>
            <source>Record a meter change</source>
            <translation>登记换表</translation>
        </message>
        <message>
            <source>List tariffs</source>
            <translation>查看电价</translation>
        </message>
        <message>
            <source>View tariff version</source>
            <translation>查看电价版本</translation>
        </message>
        <message>
            <source>Draft tariff</source>
            <translation>起草电价</translation>
        </message>
        <message>
            <source>Edit tariff draft</source>
            <translation>修改电价草稿</translation>
        </message>
        <message>
            <source>Submit tariff for approval</source>
            <translation>提交电价审批</translation>
        </message>
        <message>
            <source>Withdraw tariff</source>
            <translation>撤回电价</translation>
        </message>
        <message>
            <source>Approve tariff</source>
            <translation>审批通过电价</translation>
        </message>
        <message>
            <source>Reject tariff</source>
            <translation>退回电价</translation>
        </message>
        <message>
            <source>Export tariff</source>
            <translation>导出电价</translation>
        </message>
        <message>
            <source>Import tariff</source>
            <translation>导入电价</translation>
        </message>
        <message>
            <source>Calculate a bill</source>
            <translation>电费试算</translation>
        </message>
        <message>
            <source>List billing runs</source>
            <translation>查看核算批次</translation>
        </message>
        <message>
            <source>Start billing run</source>
            <translation>发起电费核算</translation>
        </message>
        <message>
            <source>View billing run</source>
            <translation>查看核算批次</translation>
        </message>
        <message>
            <source>Restart billing run</source>
            <translation>重新发起核算</translation>
        </message>
        <message>
            <source>View a customer's bills</source>
            <translation>查看客户账单</translation>
        </message>
        <message>
            <source>View a run's bills</source>
            <translation>查看批次账单</translation>
        </message>
        <message>
            <source>View bill</source>
            <translation>查看账单</translation>
        </message>
        <message>
            <source>Explain bill</source>
            <translation>查看账单计算过程</translation>
        </message>
        <message>
            <source>Print bill</source>
            <translation>打印账单</translation>
        </message>
        <message>
            <source>Print a run's bills</source>
            <translation>批量打印账单</translation>
        </message>
        <message>
            <source>View bill review queue</source>
            <translation>查看待审核账单</translation>
        </message>
        <message>
            <source>Release bills</source>
            <translation>发行账单</translation>
        </message>
        <message>
            <source>Reject bill</source>
            <translation>退回账单</translation>
        </message>
        <message>
            <source>Preview correction</source>
            <translation>预览退补</translation>
        </message>
        <message>
            <source>Request correction</source>
            <translation>申请退补</translation>
        </message>
        <message>
            <source>List corrections</source>
            <translation>查看退补申请</translation>
        </message>
        <message>
            <source>View correction</source>
            <translation>查看退补申请详情</translation>
        </message>
        <message>
            <source>Approve correction</source>
            <translation>审批通过退补</translation>
        </message>
        <message>
            <source>Reject correction</source>
            <translation>驳回退补</translation>
        </message>
        <message>
            <source>View account</source>
            <translation>查看账户</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>打印收据</translation>
        </message>
        <message>
            <source>View receipt</source>
            <translation>查看收据</translation>
        </message>
        <message>
            <source>Request reversal</source>
            <translation>申请冲正</translation>
        </message>
        <message>
            <source>List reversal requests</source>
            <translation>查看冲正申请</translation>
        </message>
        <message>
            <source>Decide reversal</source>
            <translation>审批冲正</translation>
        </message>
        <message>
            <source>View till</source>
            <translation>查看当日收费</translation>
        </message>
        <message>
            <source>Close till</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Print till report</source>
            <translation>打印收费日报</translation>
        </message>
        <message>
            <source>List cash closes</source>
            <translation>查看日结</translation>
        </message>
        <message>
            <source>Print cash close</source>
            <translation>打印日结报告</translation>
        </message>
        <message>
            <source>List arrears</source>
            <translation>查看欠费</translation>
        </message>
        <message>
            <source>View penalty detail</source>
            <translation>查看违约金明细</translation>
        </message>
        <message>
            <source>Waive penalty</source>
            <translation>减免违约金</translation>
        </message>
        <message>
            <source>Issue notices</source>
            <translation>发出通知</translation>
        </message>
        <message>
            <source>Print notices</source>
            <translation>打印通知</translation>
        </message>
        <message>
            <source>List banks</source>
            <translation>查看银行</translation>
        </message>
        <message>
            <source>List withholding agreements</source>
            <translation>查看代扣协议</translation>
        </message>
        <message>
            <source>List bank batches</source>
            <translation>查看代扣批次</translation>
        </message>
        <message>
            <source>Export bank file</source>
            <translation>导出代扣文件</translation>
        </message>
        <message>
            <source>Download bank file</source>
            <translation>下载代扣文件</translation>
        </message>
        <message>
            <source>Import bank result</source>
            <translation>导入代扣结果</translation>
        </message>
        <message>
            <source>View reconciliation</source>
            <translation>查看对账结果</translation>
        </message>
        <message>
            <source>List report units</source>
            <translation>查看报表单位</translation>
        </message>
        <message>
            <source>View monthly report figures</source>
            <translation>查看月度营收数据</translation>
        </message>
        <message>
            <source>Print monthly report</source>
            <translation>打印月度营收报表</translation>
        </message>
        <message>
            <source>Tariff version</source>
            <translation>电价版本</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>抄表数据</translation>
        </message>
        <message>
            <source>Correction request</source>
            <translation>退补申请</translation>
        </message>
        <message>
            <source>Bill</source>
            <translation>电费账单</translation>
        </message>
        <message>
            <source>Reversal request</source>
            <translation>冲正申请</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>缴费</translation>
        </message>
        <message>
            <source>Billing run</source>
            <translation>核算批次</translation>
        </message>
        <message>
            <source>Bank batch</source>
            <translation>代扣批次</translation>
        </message>
        <message>
            <source>Reading plan</source>
            <translation>抄表计划</translation>
        </message>
        <message>
            <source>Reading import</source>
            <translation>抄表导入</translation>
        </message>
        <message>
            <source>Reading book</source>
            <translation>抄表本</translation>
        </message>
        <message>
            <source>Metering point</source>
            <translation>计量点</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>电能表</translation>
        </message>
        <message>
            <source>Ledger entry</source>
            <translation>应收账目</translation>
        </message>
        <message>
            <source>Cash close</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>催费通知</translation>
        </message>
        <message>
            <source>Service engineer</source>
            <translation>业扩工程师</translation>
        </message>
        <message>
            <source>Metering technician</source>
            <translation>计量装接员</translation>
        </message>
        <message>
            <source>View business applications</source>
            <translation>查看业务申请</translation>
        </message>
        <message>
            <source>Register and work business applications</source>
            <translation>受理和办理业务申请</translation>
        </message>
        <message>
            <source>Terminate business applications</source>
            <translation>终止业务申请</translation>
        </message>
        <message>
            <source>Draft and approve workflow definitions</source>
            <translation>起草和审批业务流程定义</translation>
        </message>
        <message>
            <source>View complaints</source>
            <translation>查看投诉</translation>
        </message>
        <message>
            <source>Record and handle complaints</source>
            <translation>登记和处理投诉</translation>
        </message>
        <message>
            <source>Log consultations and print statements</source>
            <translation>登记咨询并打印用电对账单</translation>
        </message>
        <message>
            <source>View fault reports</source>
            <translation>查看故障报修</translation>
        </message>
        <message>
            <source>Record fault reports</source>
            <translation>登记故障报修</translation>
        </message>
        <message>
            <source>Dispatch repair crews</source>
            <translation>派发抢修班组</translation>
        </message>
        <message>
            <source>Use one's to-do list</source>
            <translation>使用个人待办</translation>
        </message>
        <message>
            <source>View the office work dashboard</source>
            <translation>查看营业所工作看板</translation>
        </message>
        <message>
            <source>Edit the working-day calendar</source>
            <translation>编辑工作日历</translation>
        </message>
        <message>
            <source>View business application types</source>
            <translation>查看业务类型</translation>
        </message>
        <message>
            <source>Register an application</source>
            <translation>登记业务申请</translation>
        </message>
        <message>
            <source>Search applications</source>
            <translation>查询业务申请</translation>
        </message>
        <message>
            <source>View an application</source>
            <translation>查看业务申请</translation>
        </message>
        <message>
            <source>Edit application data</source>
            <translation>修改申请资料</translation>
        </message>
        <message>
            <source>Complete an application stage</source>
            <translation>办结业务环节</translation>
        </message>
        <message>
            <source>Return an application to an earlier stage</source>
            <translation>退回业务申请</translation>
        </message>
        <message>
            <source>Suspend an application</source>
            <translation>中止业务申请</translation>
        </message>
        <message>
            <source>Resume an application</source>
            <translation>恢复业务申请</translation>
        </message>
        <message>
            <source>Terminate an application</source>
            <translation>终止业务申请</translation>
        </message>
        <message>
            <source>Attach a scanned document</source>
            <translation>上传申请资料扫描件</translation>
        </message>
        <message>
            <source>View a scanned document</source>
            <translation>查看申请资料扫描件</translation>
        </message>
        <message>
            <source>View workflow definitions</source>
            <translation>查看流程定义</translation>
        </message>
        <message>
            <source>View a workflow version</source>
            <translation>查看流程版本</translation>
        </message>
        <message>
            <source>Draft a workflow version</source>
            <translation>起草流程版本</translation>
        </message>
        <message>
            <source>Approve a workflow version</source>
            <translation>审批流程版本</translation>
        </message>
        <message>
            <source>View repair crews</source>
            <translation>查看抢修班组</translation>
        </message>
        <message>
            <source>Create a repair crew</source>
            <translation>新建抢修班组</translation>
        </message>
        <message>
            <source>Edit a repair crew</source>
            <translation>修改抢修班组</translation>
        </message>
        <message>
            <source>View transformer areas for faults</source>
            <translation>查看报修台区</translation>
        </message>
        <message>
            <source>Look up the same outage</source>
            <translation>查询同一停电工单</translation>
        </message>
        <message>
            <source>Record a fault report</source>
            <translation>登记故障报修</translation>
        </message>
        <message>
            <source>View repair tickets</source>
            <translation>查看抢修工单</translation>
        </message>
        <message>
            <source>View a repair ticket</source>
            <translation>查看抢修工单详情</translation>
        </message>
        <message>
            <source>Dispatch a repair crew</source>
            <translation>抢修派工</translation>
        </message>
        <message>
            <source>Record crew arrival</source>
            <translation>登记抢修到达</translation>
        </message>
        <message>
            <source>Record supply restored</source>
            <translation>登记恢复供电</translation>
        </message>
        <message>
            <source>Close a repair ticket</source>
            <translation>抢修工单归档</translation>
        </message>
        <message>
            <source>Cancel a repair ticket</source>
            <translation>撤销抢修工单</translation>
        </message>
        <message>
            <source>Correct a repair time</source>
            <translation>更正抢修时间</translation>
        </message>
        <message>
            <source>Move a fault report</source>
            <translation>转移报修记录</translation>
        </message>
        <message>
            <source>Merge repair tickets</source>
            <translation>合并抢修工单</translation>
        </message>
        <message>
            <source>View complaint code lists</source>
            <translation>查看投诉代码表</translation>
        </message>
        <message>
            <source>List complaints</source>
            <translation>查询投诉</translation>
        </message>
        <message>
            <source>View a complaint</source>
            <translation>查看投诉</translation>
        </message>
        <message>
            <source>Register a complaint or suggestion</source>
            <translation>受理投诉或建议</translation>
        </message>
        <message>
            <source>Assign a complaint</source>
            <translation>指派投诉</translation>
        </message>
        <message>
            <source>Record contact with a complainant</source>
            <translation>登记联系投诉客户</translation>
        </message>
        <message>
            <source>Pause a complaint's clock</source>
            <translation>暂停投诉计时</translation>
        </message>
        <message>
            <source>Resume a complaint's clock</source>
            <translation>恢复投诉计时</translation>
        </message>
        <message>
            <source>Reply to a complaint</source>
            <translation>答复投诉</translation>
        </message>
        <message>
            <source>Record a complaint callback</source>
            <translation>登记投诉回访</translation>
        </message>
        <message>
            <source>Close a complaint</source>
            <translation>办结投诉</translation>
        </message>
        <message>
            <source>Reopen a complaint</source>
            <translation>重新处理投诉</translation>
        </message>
        <message>
            <source>Log a consultation</source>
            <translation>登记咨询</translation>
        </message>
        <message>
            <source>View the consultation log</source>
            <translation>查看咨询记录</translation>
        </message>
        <message>
            <source>Print a customer statement</source>
            <translation>打印客户对账单</translation>
        </message>
        <message>
            <source>Take a work item</source>
            <translation>领取待办事项</translation>
        </message>
        <message>
            <source>Assign a work item</source>
            <translation>指派待办事项</translation>
        </message>
        <message>
            <source>Escalate overdue work items</source>
            <translation>超时事项升级督办</translation>
        </message>
        <message>
            <source>View to-do list</source>
            <translation>查看待办事项</translation>
        </message>
        <message>
            <source>List work items</source>
            <translation>查询工单清单</translation>
        </message>
        <message>
            <source>View work dashboard</source>
            <translation>查看工作看板</translation>
        </message>
        <message>
            <source>Export work items</source>
            <translation>导出工单清单</translation>
        </message>
        <message>
            <source>View working-day calendar</source>
            <translation>查看工作日历</translation>
        </message>
        <message>
            <source>Business application</source>
            <translation>业务申请</translation>
        </message>
        <message>
            <source>Workflow version</source>
            <translation>流程版本</translation>
        </message>
        <message>
            <source>Repair crew</source>
            <translation>抢修班组</translation>
        </message>
        <message>
            <source>Repair ticket</source>
            <translation>抢修工单</translation>
        </message>
        <message>
            <source>Fault report</source>
            <translation>报修记录</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>咨询记录</translation>
        </message>
        <message>
            <source>Work item</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>Calendar day</source>
            <translation>日历日期</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetail</name>
        <message>
            <source>&amp;Complete stage…</source>
            <translation>环节完成(&amp;C)…</translation>
        </message>
        <message>
            <source>Re&amp;turn to…</source>
            <translation>回退(&amp;T)…</translation>
        </message>
        <message>
            <source>S&amp;uspend…</source>
            <translation>中止(&amp;U)…</translation>
        </message>
        <message>
            <source>Resu&amp;me…</source>
            <translation>恢复(&amp;M)…</translation>
        </message>
        <message>
            <source>Te&amp;rminate…</source>
            <translation>终止(&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <source>Load the application again (F5)</source>
            <translation>重新加载申请（F5）</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Save fields</source>
            <translation>保存信息(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Add document…</source>
            <translation>上传资料(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>申请信息</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>资料</translation>
        </message>
        <message>
            <source>History</source>
            <translation>流转记录</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1（户号%2）</translation>
        </message>
        <message>
            <source>%1 · %2 · stage: %3 · opened %4</source>
            <translation>%1 · %2 · 当前环节：%3 · 受理于%4</translation>
        </message>
        <message>
            <source>Completed %1; effective %2</source>
            <translation>已于%1归档；生效日期%2</translation>
        </message>
        <message>
            <source>customer account %1</source>
            <translation>客户户号%1</translation>
        </message>
        <message>
            <source>Whole process (%1 working days) due %2 · this stage due %3 · time left: %4</source>
            <translation>全流程（%1个工作日）%2到期 · 本环节%3到期 · 剩余：%4</translation>
        </message>
        <message>
            <source>fields: %1</source>
            <translation>信息：%1</translation>
        </message>
        <message>
            <source>documents: %1</source>
            <translation>资料：%1</translation>
        </message>
        <message>
            <source>Still needed to complete this stage — %1</source>
            <translation>完成本环节尚缺——%1</translation>
        </message>
    </context>
    <context>
        <name>ApplicationModels</name>
        <message>
            <source>Active</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>已中止</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>已终止</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超期</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>临近超期</translation>
        </message>
        <message>
            <source>Likely late</source>
            <translation>预计超期</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>受理登记</translation>
        </message>
        <message>
            <source>Stage completed</source>
            <translation>环节完成</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>回退</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>恢复办理</translation>
        </message>
        <message>
            <source>Document added</source>
            <translation>上传资料</translation>
        </message>
        <message>
            <source>Fields updated</source>
            <translation>修改信息</translation>
        </message>
        <message>
            <source>Counter clerk</source>
            <translation>柜台营业员</translation>
        </message>
        <message>
            <source>Service engineer</source>
            <translation>业扩工程师</translation>
        </message>
        <message>
            <source>Metering technician</source>
            <translation>计量装接员</translation>
        </message>
        <message>
            <source>Office head</source>
            <translation>营业所主任</translation>
        </message>
        <message>
            <source>Meter reading supervisor</source>
            <translation>抄表班长</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1天%2小时</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1小时%2分</translation>
        </message>
        <message>
            <source>overdue %1</source>
            <translation>超期%1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>申请编号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Whole process due</source>
            <translation>全流程到期</translation>
        </message>
        <message>
            <source>This stage</source>
            <translation>本环节</translation>
        </message>
        <message>
            <source>Reason or details</source>
            <translation>原因及说明</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>From stage</source>
            <translation>原环节</translation>
        </message>
        <message>
            <source>To stage</source>
            <translation>目标环节</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>资料</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size (KB)</source>
            <translation>大小（KB）</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>上传人</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>上传时间</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Business type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>编制人</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>随系统发布</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>编制时间</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>批准时间</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>必填信息</translation>
        </message>
        <message>
            <source>Required documents</source>
            <translation>必备资料</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>后续环节</translation>
        </message>
    </context>
    <context>
        <name>ApplicationPages</name>
        <message>
            <source>Applications</source>
            <translation>业务受理</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>流程定义</translation>
        </message>
    </context>
    <context>
        <name>ApplicationTour</name>
        <message>
            <source>New flat, moving in next month</source>
            <translation>新房，下月入住</translation>
        </message>
        <message>
            <source>Name  %1</source>
            <translation>姓名  %1</translation>
        </message>
        <message>
            <source>Sex  female   Born  1990-03-15</source>
            <translation>性别  女   出生  1990年3月15日</translation>
        </message>
        <message>
            <source>Address  %1</source>
            <translation>住址  %1</translation>
        </message>
        <message>
            <source>ID number  %1</source>
            <translation>公民身份号码  %1</translation>
        </message>
        <message>
            <source>Lease contract</source>
            <translation>房屋租赁合同</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>Number, applicant or customer name, phone</source>
            <translation>申请编号、申请人或客户名称、电话</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>我的待办(&amp;M)</translation>
        </message>
        <message>
            <source>Only applications whose current stage I work</source>
            <translation>只显示当前环节由我办理的申请</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;New application…</source>
            <translation>新建申请(&amp;N)…</translation>
        </message>
        <message>
            <source>Register a new application (Ctrl+N)</source>
            <translation>登记新申请（Ctrl+N）</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>上一页(&amp;P)</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>下一页(&amp;X)</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部业务类型</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Any stage</source>
            <translation>全部环节</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <source>No application found.</source>
            <translation>没有找到申请。</translation>
        </message>
        <message>
            <source>%1–%2 of %3 applications</source>
            <translation>第%1–%2条，共%3条申请</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message>
            <source>All requests</source>
            <translation>全部申请</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>显示(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>审批意见(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Approve reversal…</source>
            <translation>批准冲正(&amp;A)…</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>驳回(&amp;J)</translation>
        </message>
        <message>
            <source>%1 requests.</source>
            <translation>共 %1 条申请。</translation>
        </message>
        <message>
            <source>Approve reversal</source>
            <translation>批准冲正</translation>
        </message>
        <message>
            <source>Reverse receipt %1 of %2 (%3)? The debts it paid open again.</source>
            <translation>冲正 %2 的收据 %1（%3）？该笔缴费结清的欠费将重新变为未结。</translation>
        </message>
    </context>
    <context>
        <name>ArrearsPresenter</name>
        <message>
            <source>Notice</source>
            <translation>通知书</translation>
        </message>
    </context>
    <context>
        <name>ArrearsView</name>
        <message>
            <source>Days overdue ≥</source>
            <translation>逾期天数 ≥</translation>
        </message>
        <message>
            <source>Amount ≥</source>
            <translation>金额 ≥</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Step due</source>
            <translation>应办事项</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>Show the arrears (F5)</source>
            <translation>查询欠费（F5）</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>更多…</translation>
        </message>
        <message>
            <source>Issue &amp;reminders</source>
            <translation>发催费通知(&amp;R)</translation>
        </message>
        <message>
            <source>Issue disconnection &amp;notices</source>
            <translation>发停电通知(&amp;N)</translation>
        </message>
        <message>
            <source>Order &amp;disconnection</source>
            <translation>下达停电工作单(&amp;D)</translation>
        </message>
        <message>
            <source>Record re&amp;connection</source>
            <translation>登记复电(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Preview notice</source>
            <translation>预览通知书(&amp;P)</translation>
        </message>
        <message>
            <source>Penalty &amp;details</source>
            <translation>违约金明细(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Waive penalty…</source>
            <translation>减免违约金(&amp;W)…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <source>{total} customers · overdue {overdue} · penalties {penalty} · due now: {reminder} reminders, {notice} notices, {disconnect} disconnections, {reconnect} reconnections · as of {today}</source>
            <translation>{total} 户 · 逾期欠费 {overdue} · 违约金 {penalty} · 待办：催费 {reminder}、停电通知 {notice}、停电 {disconnect}、复电 {reconnect} · 截至 {today}</translation>
        </message>
        <message>
            <source>Issue notices</source>
            <translation>发出通知</translation>
        </message>
        <message>
            <source>Issue {count} {what} now? They are recorded and cannot be withdrawn.</source>
            <translation>现在发出 {count} 份{what}？发出后将被记录，不能撤回。</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign work item</source>
            <translation>指派工作</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>人员(&amp;P)：</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>该岗位</translation>
        </message>
        <message>
            <source>Nobody: back to the queue of %1</source>
            <translation>不指派：退回%1的岗位队列</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>接口</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Request id: {0}</source>
            <translation>请求编号：{0}</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Select a record to see its details.</source>
            <translation>选择一条记录以查看详情。</translation>
        </message>
        <message>
            <source>e.g. admin.</source>
            <translation>例如 admin.</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>清除(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>结果(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Method starts with:</source>
            <translation>接口前缀(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Record type:</source>
            <translation>对象类型(&amp;R)：</translation>
        </message>
        <message>
            <source>Record &amp;id:</source>
            <translation>对象编号(&amp;I)：</translation>
        </message>
        <message>
            <source>user name or its beginning</source>
            <translation>用户名或其开头部分</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Page {page}, {count} records</source>
            <translation>第 {page} 页，{count} 条记录</translation>
        </message>
        <message>
            <source>No records match.</source>
            <translation>没有符合条件的记录。</translation>
        </message>
        <message>
            <source>Request id: {0}</source>
            <translation>请求编号：{0}</translation>
        </message>
    </context>
    <context>
        <name>BankFilesPresenter</name>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Batch {batch}: {total} (lines: {n})</source>
            <translation>批次 {batch}：{total}（{n} 笔）</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
    </context>
    <context>
        <name>BankFilesView</name>
        <message>
            <source>&amp;Bank:</source>
            <translation>银行(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Export withholding file…</source>
            <translation>导出代扣文件(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Import result file…</source>
            <translation>导入回盘文件(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Save batch file again…</source>
            <translation>重新保存批次文件(&amp;S)…</translation>
        </message>
        <message>
            <source>Batches and reconciliation</source>
            <translation>批次与对账</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>代扣协议</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>对账</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Asked of the bank</source>
            <translation>送银行扣款</translation>
        </message>
        <message>
            <source>Paid by the bank</source>
            <translation>银行扣款成功</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>扣款失败</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>尚未回盘</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>已入账</translation>
        </message>
        <message>
            <source>Bank total = posted</source>
            <translation>银行合计与入账一致</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>最近一次导入</translation>
        </message>
        <message>
            <source>Failed lines (the bank's reasons):</source>
            <translation>失败明细（银行返回原因）：</translation>
        </message>
        <message>
            <source>Import the bank's result file</source>
            <translation>导入银行回盘文件</translation>
        </message>
        <message>
            <source>Withholding result files (*.txt);;All files (*)</source>
            <translation>代扣回盘文件 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save the withholding file</source>
            <translation>保存代扣文件</translation>
        </message>
        <message>
            <source>Withholding files (*.txt)</source>
            <translation>代扣文件 (*.txt)</translation>
        </message>
        <message>
            <source>{name} ({count} agreements)</source>
            <translation>{name}（{count} 户签约）</translation>
        </message>
        <message>
            <source>{amount} (payments: {n})</source>
            <translation>{amount}（{n} 笔）</translation>
        </message>
        <message>
            <source>new lines: {new}, already imported: {repeated}, posted now: {amount} (payments: {n})</source>
            <translation>新明细 {new} 笔，已导入过 {repeated} 笔，本次入账 {amount}（{n} 笔）</translation>
        </message>
        <message>
            <source>{amount} (lines: {n})</source>
            <translation>{amount}（{n} 笔）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>NO — check the ledger</source>
            <translation>否 — 请核查账务</translation>
        </message>
    </context>
    <context>
        <name>BillDialog</name>
        <message>
            <source>Bill %1</source>
            <translation>账单 %1</translation>
        </message>
        <message>
            <source>&amp;Print bill</source>
            <translation>打印账单(&amp;P)</translation>
        </message>
        <message>
            <source>Request &amp;correction…</source>
            <translation>申请退补(&amp;C)…</translation>
        </message>
        <message>
            <source>How the selected line was computed:</source>
            <translation>所选计费项目的计算过程：</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>用电地址</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>账期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>电量（千瓦时）</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>计费项目</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>How computed</source>
            <translation>计算方法</translation>
        </message>
        <message>
            <source>Previous balance</source>
            <translation>上期结余</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>应交金额</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>缴费截止日</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>示数</translation>
        </message>
        <message>
            <source>Inputs:</source>
            <translation>输入：</translation>
        </message>
        <message>
            <source>Table row:</source>
            <translation>表格行：</translation>
        </message>
        <message>
            <source>Rounding:</source>
            <translation>舍入：</translation>
        </message>
        <message>
            <source>Difference: %1 − %2</source>
            <translation>差额：%1 − %2</translation>
        </message>
    </context>
    <context>
        <name>BillPages</name>
        <message>
            <source>Bill review</source>
            <translation>账单审核</translation>
        </message>
        <message>
            <source>Bills</source>
            <translation>账单查询</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>退补</translation>
        </message>
        <message>
            <source>review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>released</source>
            <translation>已发行</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已更正作废</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>regular</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>rebill</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>backbill</source>
            <translation>追补/退费</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>退费</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>账期</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>电量（千瓦时）</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>At risk (yuan)</source>
            <translation>风险金额（元）</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Last bills</source>
            <translation>近期账单</translation>
        </message>
        <message>
            <source>Bill</source>
            <translation>账单号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>缴费截止日</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>申请号</translation>
        </message>
        <message>
            <source>Difference (yuan)</source>
            <translation>差额（元）</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>审批人</translation>
        </message>
    </context>
    <context>
        <name>BillingPages</name>
        <message>
            <source>Billing runs</source>
            <translation>电费发行</translation>
        </message>
    </context>
    <context>
        <name>BillingRunModels</name>
        <message>
            <source>no plan</source>
            <translation>无抄表计划</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>未抄表</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>validated</source>
            <translation>已校验</translation>
        </message>
        <message>
            <source>billing</source>
            <translation>发行中</translation>
        </message>
        <message>
            <source>billed</source>
            <translation>已发行</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>未发行</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>no billable reading</source>
            <translation>无可计费示数</translation>
        </message>
        <message>
            <source>no tariff</source>
            <translation>未配置电价</translation>
        </message>
        <message>
            <source>tariff cannot rate it</source>
            <translation>电价无法计算</translation>
        </message>
        <message>
            <source>reading unusable</source>
            <translation>示数不可用</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>抄表本</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>计量点数</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>抄表状态</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>发行状态</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Bills</source>
            <translation>账单数</translation>
        </message>
        <message>
            <source>For review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>Not billed</source>
            <translation>未出账</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>金额合计（元）</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Metering point</source>
            <translation>计量点</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>BillsPage</name>
        <message>
            <source>&amp;Account:</source>
            <translation>户号(&amp;A)：</translation>
        </message>
        <message>
            <source>account number, Enter</source>
            <translation>输入户号后按回车</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查询(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open bill</source>
            <translation>打开账单(&amp;O)</translation>
        </message>
        <message>
            <source>%1 (%2), %3: %4 bills</source>
            <translation>%1（%2），%3：共 %4 张账单</translation>
        </message>
    </context>
    <context>
        <name>BooksView</name>
        <message>
            <source>Period:</source>
            <translation>账期：</translation>
        </message>
        <message>
            <source>Create plans for the period</source>
            <translation>生成本期抄表计划</translation>
        </message>
        <message>
            <source>A reading plan for every active book of your offices that has none for this period</source>
            <translation>为本单位本期尚无计划的每个在用抄表本生成抄表计划</translation>
        </message>
        <message>
            <source>Books: %1</source>
            <translation>抄表本：%1 个</translation>
        </message>
        <message>
            <source>with a plan: %1</source>
            <translation>已有计划：%1 个</translation>
        </message>
        <message>
            <source>Points of book %1 in reading order</source>
            <translation>抄表本 %1 的计量点（按抄表顺序）</translation>
        </message>
    </context>
    <context>
        <name>CalculatorView</name>
        <message>
            <source>&amp;Tariff:</source>
            <translation>电价(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Period (YYYY-MM):</source>
            <translation>账期（年-月）(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Days billed (blank = whole month):</source>
            <translation>计费天数（空白 = 整月）(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Energy (kWh):</source>
            <translation>电量 kWh(&amp;E)：</translation>
        </message>
        <message>
            <source>Critical peak (kWh):</source>
            <translation>尖峰电量（kWh）：</translation>
        </message>
        <message>
            <source>Pea&amp;k (kWh):</source>
            <translation>高峰电量 kWh(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Flat (kWh):</source>
            <translation>平段电量 kWh(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Valley (kWh):</source>
            <translation>低谷电量 kWh(&amp;V)：</translation>
        </message>
        <message>
            <source>Deep valley (kWh):</source>
            <translation>深谷电量（kWh）：</translation>
        </message>
        <message>
            <source>&amp;Year-to-date kWh (tier year):</source>
            <translation>本阶梯年度累计电量 kWh(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Capacity (kVA):</source>
            <translation>容量 kVA(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Maximum demand (kW):</source>
            <translation>最大需量 kW(&amp;M)：</translation>
        </message>
        <message>
            <source>Co&amp;ntracted demand (kW):</source>
            <translation>合同需量 kW(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Reactive energy (kvarh):</source>
            <translation>无功电量 kvarh(&amp;R)：</translation>
        </message>
        <message>
            <source>Transformer (kVA, low-side metering):</source>
            <translation>变压器容量（kVA，高供低计）：</translation>
        </message>
        <message>
            <source>&amp;Calculate (Enter)</source>
            <translation>计算（回车）(&amp;C)</translation>
        </message>
        <message>
            <source>blank: energy minus the other periods</source>
            <translation>空白：总电量减其他时段</translation>
        </message>
        <message>
            <source>whole month</source>
            <translation>整月</translation>
        </message>
        <message>
            <source>none (metered on the high side)</source>
            <translation>无（高压侧计量）</translation>
        </message>
        <message>
            <source>Segment %1 (%2, %3 of %4 days): %5 yuan</source>
            <translation>第 %1 段（%2，%4 天中的 %3 天）：%5 元</translation>
        </message>
        <message>
            <source>Total: %1 yuan</source>
            <translation>合计：%1 元</translation>
        </message>
        <message>
            <source>Select a line to see how it was computed.</source>
            <translation>选中一行即可查看其计算过程。</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Table row</source>
            <translation>表中所在行</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>舍入</translation>
        </message>
    </context>
    <context>
        <name>CalendarPresenter</name>
        <message>
            <source>Calendar</source>
            <translation>工作日历</translation>
        </message>
        <message>
            <source>You may look at the working-day calendar but not change it. Holidays and make-up working days are set by office heads.</source>
            <translation>您可以查看工作日历，但不能修改。节假日与调休上班日由所长维护。</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Make-up working day</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Show (F5)</source>
            <translation>查询(&amp;S)（F5）</translation>
        </message>
        <message>
            <source>&lt;span style='color:%1'&gt;■ holiday&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ make-up working day&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;■ weekend&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;■ 节假日&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ 调休上班日&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;■ 周末&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Click a day to make it a holiday, a make-up working day or a normal day. Deadlines of open work keep their dates; work opened afterwards follows the new calendar.</source>
            <translation>点击某一天可设为节假日、调休上班日或恢复正常。在办工作的时限不变；此后开始的工作按新日历计算。</translation>
        </message>
        <message>
            <source>The working-day calendar, as the deadlines count it. Only people allowed to edit the calendar may change it.</source>
            <translation>时限计算所用的工作日历。只有有权维护日历的人员可以修改。</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translation>节假日与调休上班日</translation>
        </message>
        <message>
            <source>%1 · %2 working days</source>
            <translation>%1 · %2 个工作日</translation>
        </message>
        <message>
            <source>%1 working days in %2</source>
            <translation>%2 年共 %1 个工作日</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel the ticket</source>
            <translation>撤销工单</translation>
        </message>
        <message>
            <source>A duplicate or false report: the ticket and its reports end without a commitment verdict.</source>
            <translation>重复报修或误报：工单及其报修记录结束，不计入承诺考核。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>An administrator has set your password. Please choose your own now.</source>
            <translation>您的密码由管理员设置，请现在设置您自己的密码。</translation>
        </message>
        <message>
            <source>Choose a new password.</source>
            <translation>请设置新密码。</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>当前密码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation>重复新密码(&amp;R)：</translation>
        </message>
        <message>
            <source>Use at least 8 characters with letters and digits.</source>
            <translation>密码至少 8 位，且包含字母和数字。</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close the ticket</source>
            <translation>工单归档</translation>
        </message>
        <message>
            <source>Record what caused the fault and what was done.</source>
            <translation>请记录故障原因及处理情况。</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
    </context>
    <context>
        <name>ClosePresenter</name>
        <message>
            <source>Cash close report</source>
            <translation>收费日结单</translation>
        </message>
    </context>
    <context>
        <name>CloseView</name>
        <message>
            <source>Business &amp;date:</source>
            <translation>营业日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>My till</source>
            <translation>我的收费</translation>
        </message>
        <message>
            <source>All tills of my offices</source>
            <translation>本单位全部收费员</translation>
        </message>
        <message>
            <source>&amp;Cash counted:</source>
            <translation>清点现金(&amp;C)：</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>Close &amp;till…</source>
            <translation>日结(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Print day report</source>
            <translation>打印日结单(&amp;P)</translation>
        </message>
        <message>
            <source>Print selected &amp;close</source>
            <translation>打印所选日结单(&amp;C)</translation>
        </message>
        <message>
            <source>the cash in the drawer, e.g. 1520.00</source>
            <translation>钱箱中的现金，例如 1520.00</translation>
        </message>
        <message>
            <source>%1 payments, %2 reversals, net %3. Cash expected in the till: %4.</source>
            <translation>收费 %1 笔，冲正 %2 笔，净额 %3。应有现金：%4。</translation>
        </message>
        <message>
            <source>Closed: counted %1, difference %2.</source>
            <translation>已日结：清点 %1，差额 %2。</translation>
        </message>
        <message>
            <source>Enter the cash counted as a number like 1520.00.</source>
            <translation>请按 1520.00 的格式输入清点现金。</translation>
        </message>
        <message>
            <source>Close till</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Close your till for %1 with %2 counted (expected %3)? A close is final: no more payments today.</source>
            <translation>确认以清点现金 %2（应有 %3）办理 %1 的日结？日结后不可撤销，今天不能再收费。</translation>
        </message>
    </context>
    <context>
        <name>CollectionColumns</name>
        <message>
            <source>Account no.</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期欠费</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>违约金</translation>
        </message>
        <message>
            <source>Total owed</source>
            <translation>欠费合计</translation>
        </message>
        <message>
            <source>Oldest due</source>
            <translation>最早应缴日</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Reminded</source>
            <translation>催费日期</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>停电通知日期</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>供电所</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>应缴日期</translation>
        </message>
        <message>
            <source>Debt</source>
            <translation>欠费金额</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Penalty due</source>
            <translation>应计违约金</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>已入账</translation>
        </message>
        <message>
            <source>How it was computed</source>
            <translation>计算过程</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>笔数</translation>
        </message>
        <message>
            <source>Amount asked</source>
            <translation>送扣金额</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>成功笔数</translation>
        </message>
        <message>
            <source>Paid amount</source>
            <translation>成功金额</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败笔数</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>未回盘</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>已平账</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Reason code</source>
            <translation>原因代码</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>账户名</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有效</translation>
        </message>
    </context>
    <context>
        <name>CollectionLabels</name>
        <message>
            <source>Reminder due</source>
            <translation>应催费</translation>
        </message>
        <message>
            <source>Disconnection notice due</source>
            <translation>应发停电通知</translation>
        </message>
        <message>
            <source>Disconnection order due</source>
            <translation>应下停电工作单</translation>
        </message>
        <message>
            <source>Reconnection due</source>
            <translation>应复电</translation>
        </message>
        <message>
            <source>reminders</source>
            <translation>催费通知</translation>
        </message>
        <message>
            <source>disconnection notices</source>
            <translation>停电通知</translation>
        </message>
        <message>
            <source>disconnection orders</source>
            <translation>停电工作单</translation>
        </message>
        <message>
            <source>reconnections</source>
            <translation>复电登记</translation>
        </message>
        <message>
            <source>Ordered disconnected</source>
            <translation>已下停电工作单</translation>
        </message>
        <message>
            <source>Notice running</source>
            <translation>停电通知期内</translation>
        </message>
        <message>
            <source>Reminded</source>
            <translation>已催费</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>ComplaintActionDialog</name>
        <message>
            <source>&amp;Satisfaction:</source>
            <translation>满意度(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Assign to:</source>
            <translation>指派给(&amp;A)：</translation>
        </message>
        <message>
            <source>Record contact</source>
            <translation>登记联系客户</translation>
        </message>
        <message>
            <source>How and when was the customer reached, what was agreed?</source>
            <translation>何时、以何种方式联系到客户，约定了什么？</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>The answer given to the customer (the resolution):</source>
            <translation>给客户的答复（处理结果）：</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>暂停计时</translation>
        </message>
        <message>
            <source>What are we waiting for from the customer?</source>
            <translation>正在等待客户提供什么？</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>The customer was called back: how satisfied are they?</source>
            <translation>已回访客户：客户是否满意？</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>A closing note (optional):</source>
            <translation>办结说明（可选）：</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新处理</translation>
        </message>
        <message>
            <source>Why is this reopened? A new reply is due in 7 working days.</source>
            <translation>为什么重新处理？须在 7 个工作日内再次答复。</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Who handles this from now on?</source>
            <translation>今后由谁处理？</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDetailView</name>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>Customer / caller</source>
            <translation>客户/来访人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系客户</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Repeat of</source>
            <translation>重复于</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>Record &amp;contact…</source>
            <translation>登记联系(&amp;C)…</translation>
        </message>
        <message>
            <source>Re&amp;ply…</source>
            <translation>答复(&amp;P)…</translation>
        </message>
        <message>
            <source>Pa&amp;use…</source>
            <translation>暂停计时(&amp;U)…</translation>
        </message>
        <message>
            <source>Resu&amp;me</source>
            <translation>恢复计时(&amp;M)</translation>
        </message>
        <message>
            <source>Call&amp;back…</source>
            <translation>回访(&amp;B)…</translation>
        </message>
        <message>
            <source>C&amp;lose…</source>
            <translation>办结(&amp;L)…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>重新处理(&amp;O)…</translation>
        </message>
        <message>
            <source>Ass&amp;ign…</source>
            <translation>指派(&amp;I)…</translation>
        </message>
        <message>
            <source>Choose a complaint in the list.</source>
            <translation>请在列表中选择一条投诉。</translation>
        </message>
        <message>
            <source>Clocks (%1)</source>
            <translation>计时环节（%1）</translation>
        </message>
        <message>
            <source>History (%1)</source>
            <translation>处理记录（%1）</translation>
        </message>
        <message>
            <source>Other complaints of this customer (%1)</source>
            <translation>该客户的其他投诉（%1）</translation>
        </message>
        <message>
            <source>REPEAT</source>
            <translation>重复投诉</translation>
        </message>
        <message>
            <source>%1: %2 left, due %3 (%4)</source>
            <translation>%1：剩余 %2，期限 %3（%4）</translation>
        </message>
        <message>
            <source>No clock is running.</source>
            <translation>没有正在计时的环节。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintForm</name>
        <message>
            <source>New complaint, suggestion or praise</source>
            <translation>受理投诉、建议或表扬</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>渠道(&amp;H)：</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>分类(&amp;T)：</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;U)：</translation>
        </message>
        <message>
            <source>Caller's &amp;name:</source>
            <translation>来访人姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>Caller's &amp;phone:</source>
            <translation>联系电话(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S)：</translation>
        </message>
        <message>
            <source>C&amp;ontent:</source>
            <translation>内容(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Assign to:</source>
            <translation>指派给(&amp;A)：</translation>
        </message>
        <message>
            <source>Needed when no customer is picked</source>
            <translation>未选择客户时必填</translation>
        </message>
        <message>
            <source>Mobile or landline</source>
            <translation>手机或固定电话</translation>
        </message>
        <message>
            <source>What the customer said, in their words</source>
            <translation>客户反映的内容（尽量使用客户原话）</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>受理(&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Contact the customer within 1 working day, reply within 7.</source>
            <translation>1 个工作日内联系客户，7 个工作日内答复。</translation>
        </message>
        <message>
            <source>Reply within 7 working days.</source>
            <translation>7 个工作日内答复。</translation>
        </message>
        <message>
            <source>Recorded and passed on; no clock runs.</source>
            <translation>登记并转达，不计时。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintListView</name>
        <message>
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>分类(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Open only</source>
            <translation>仅未办结(&amp;O)</translation>
        </message>
        <message>
            <source>Re&amp;peat only</source>
            <translation>仅重复投诉(&amp;P)</translation>
        </message>
        <message>
            <source>O&amp;verdue only</source>
            <translation>仅超时(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>显示 %1 条，共 %2 条</translation>
        </message>
    </context>
    <context>
        <name>ComplaintModels</name>
        <message>
            <source>Repeat</source>
            <translation>重复投诉</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>暂停计时</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Customer / caller</source>
            <translation>客户/来访人</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一环节</translation>
        </message>
        <message>
            <source>Call back</source>
            <translation>回访客户</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>In time</source>
            <translation>是否按时</translation>
        </message>
        <message>
            <source>late</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>咨询主题</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <source>Answer given</source>
            <translation>答复内容</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>营业员</translation>
        </message>
    </context>
    <context>
        <name>ComplaintPages</name>
        <message>
            <source>Complaints</source>
            <translation>投诉建议</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>咨询登记</translation>
        </message>
    </context>
    <context>
        <name>CompleteStageDialog</name>
        <message>
            <source>Complete stage</source>
            <translation>环节完成</translation>
        </message>
        <message>
            <source>Complete “%1”, the last stage: the application is completed and its effect applied to the customer file.</source>
            <translation>完成最后环节“%1”：申请归档，变更写入客户档案。</translation>
        </message>
        <message>
            <source>Complete “%1” and pass the application on to “%2”.</source>
            <translation>完成“%1”，申请转入“%2”。</translation>
        </message>
        <message>
            <source>Complete “%1” and choose the next stage.</source>
            <translation>完成“%1”并选择下一环节。</translation>
        </message>
        <message>
            <source>&amp;Next stage:</source>
            <translation>下一环节(&amp;N)：</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Complete stage</source>
            <translation>完成环节(&amp;C)</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>请填写：%1</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(not changed by you)</source>
            <translation>（您未修改）</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>While you were editing, someone else saved a change to this customer. Compare their values (now saved) with yours, then re-apply your changes to the current record or cancel yours.</source>
            <translation>在您编辑期间，其他人已保存了对该客户的修改。请对比对方的值（已保存）与您的值，然后将您的修改套用到最新记录上，或放弃您的修改。</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <source>Their value (saved)</source>
            <translation>对方的值（已保存）</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>您的值</translation>
        </message>
        <message>
            <source>&amp;Reload and re-apply mine</source>
            <translation>重新载入并套用我的修改(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel my changes</source>
            <translation>放弃我的修改(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <source>Log a consultation</source>
            <translation>登记咨询</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>渠道(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>咨询主题(&amp;T)：</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;U)：</translation>
        </message>
        <message>
            <source>Caller's &amp;name:</source>
            <translation>来访人姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>Caller's &amp;phone:</source>
            <translation>联系电话(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>咨询内容(&amp;Q)：</translation>
        </message>
        <message>
            <source>&amp;Answer given:</source>
            <translation>答复内容(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Duration (min):</source>
            <translation>时长（分钟）(&amp;D)：</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>&amp;Save  (Ctrl+Enter)</source>
            <translation>保存(&amp;S)（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>不足 1 分钟</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <source>D&amp;ay:</source>
            <translation>日期(&amp;A)：</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>主题(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Mine only</source>
            <translation>仅本人(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>%1 consultations: %2</source>
            <translation>共 %1 条咨询：%2</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>修改联系方式</translation>
        </message>
        <message>
            <source>%1 · account %2</source>
            <translation>%1 · 户号 %2</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>没有任何修改。</translation>
        </message>
        <message>
            <source>The record was reloaded. Your changes are applied to the current data: check them and save again.</source>
            <translation>记录已重新载入，您的修改已套用到最新数据上，请核对后再次保存。</translation>
        </message>
    </context>
    <context>
        <name>CorrectTimeDialog</name>
        <message>
            <source>Correct a recorded time</source>
            <translation>更正已记录的时间</translation>
        </message>
        <message>
            <source>The correction is kept in the timeline and the audit log; the commitment clocks follow it.</source>
            <translation>更正记入工单时间线和审计日志，承诺时限随之重新计算。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Correct time</source>
            <translation>正确时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>更正原因</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派工</translation>
        </message>
        <message>
            <source>Crew arrived</source>
            <translation>到达现场</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>恢复供电</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Item</source>
            <translation>计费项目</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>原金额</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>更正后</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>Correction of bill %1 (%2)</source>
            <translation>账单 %1 退补（%2）</translation>
        </message>
        <message>
            <source>Rebill with corrected readings</source>
            <translation>按更正后的示数重新出账</translation>
        </message>
        <message>
            <source>Back-billing: energy not billed</source>
            <translation>追补：少计的电量</translation>
        </message>
        <message>
            <source>Refund: energy billed too much</source>
            <translation>退费：多计的电量</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>reading: previous → current</source>
            <translation>示数：上次 → 本次</translation>
        </message>
        <message>
            <source>energy (kWh)</source>
            <translation>电量（千瓦时）</translation>
        </message>
        <message>
            <source>Energy to add or refund (kWh)</source>
            <translation>追补或退还电量（千瓦时）</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Show &amp;difference</source>
            <translation>显示差额(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Submit for approval</source>
            <translation>提交审批(&amp;S)</translation>
        </message>
        <message>
            <source>Billed %1 → corrected %2: difference %3 yuan</source>
            <translation>原金额 %1 → 更正后 %2：差额 %3 元</translation>
        </message>
        <message>
            <source>Meter misread</source>
            <translation>抄表错误</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsPage</name>
        <message>
            <source>Waiting for approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Open bill</source>
            <translation>打开账单(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>驳回(&amp;J)…</translation>
        </message>
        <message>
            <source>%1 requests</source>
            <translation>共 %1 项申请</translation>
        </message>
        <message>
            <source>Approve correction</source>
            <translation>批准退补</translation>
        </message>
        <message>
            <source>Post the difference of %1 yuan to the customer's account?</source>
            <translation>将差额 %1 元记入客户账户？</translation>
        </message>
        <message>
            <source>Reject correction</source>
            <translation>驳回退补</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>CounterLabels</name>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <source>Bank withholding</source>
            <translation>银行代扣</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Electricity bill</source>
            <translation>电费</translation>
        </message>
        <message>
            <source>Late-payment penalty</source>
            <translation>违约金</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>调整</translation>
        </message>
        <message>
            <source>Reversed payment</source>
            <translation>冲正</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>已入账</translation>
        </message>
        <message>
            <source>Reversal requested</source>
            <translation>已申请冲正</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>已冲正</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已日结</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>未日结</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>柜台</translation>
        </message>
        <message>
            <source>Bank agent</source>
            <translation>银行代收</translation>
        </message>
        <message>
            <source>Collection visit</source>
            <translation>走收</translation>
        </message>
        <message>
            <source>Prepay</source>
            <translation>预付费</translation>
        </message>
    </context>
    <context>
        <name>CounterModels</name>
        <message>
            <source>Period</source>
            <translation>账期</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未结金额</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Penalty today</source>
            <translation>今日违约金</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>收据号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Tender</source>
            <translation>缴费方式</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>收费员</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>缴费日期</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>审批意见</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>笔数</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>收款金额</translation>
        </message>
        <message>
            <source>Reversals</source>
            <translation>冲正笔数</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>冲正金额</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>Hall</source>
            <translation>营业厅</translation>
        </message>
        <message>
            <source>Expected cash</source>
            <translation>应有现金</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>清点现金</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>日结时间</translation>
        </message>
    </context>
    <context>
        <name>CounterPresenter</name>
        <message>
            <source>Receipt %1: %2 taken.</source>
            <translation>收据 %1：已收 %2。</translation>
        </message>
        <message>
            <source>Change: %1</source>
            <translation>找零：%1</translation>
        </message>
        <message>
            <source>Receipt (copy)</source>
            <translation>收据（副本）</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Reversal of receipt %1 requested; it waits for a second person's approval.</source>
            <translation>已申请冲正收据 %1，待第二人审批。</translation>
        </message>
    </context>
    <context>
        <name>CounterView</name>
        <message>
            <source>Owes</source>
            <translation>欠费</translation>
        </message>
        <message>
            <source>Prepaid</source>
            <translation>预存余额</translation>
        </message>
        <message>
            <source>Penalty today</source>
            <translation>今日违约金</translation>
        </message>
        <message>
            <source>Total due</source>
            <translation>应缴合计</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>缴费金额(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Tender:</source>
            <translation>缴费方式(&amp;T)：</translation>
        </message>
        <message>
            <source>Cash &amp;tendered:</source>
            <translation>实收现金(&amp;T)：</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>找零：</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <translation>凭证号(&amp;E)：</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>&amp;Post payment (Enter)</source>
            <translation>收费入账(&amp;P)（回车）</translation>
        </message>
        <message>
            <source>Re&amp;print receipt</source>
            <translation>补打收据(&amp;P)</translation>
        </message>
        <message>
            <source>Request re&amp;versal…</source>
            <translation>申请冲正(&amp;V)…</translation>
        </message>
        <message>
            <source>Open debts, oldest first</source>
            <translation>未结欠费（按时间先后）</translation>
        </message>
        <message>
            <source>Last payments</source>
            <translation>最近缴费</translation>
        </message>
        <message>
            <source>e.g. 120.50</source>
            <translation>例如 120.50</translation>
        </message>
        <message>
            <source>Cheque or transfer number</source>
            <translation>支票号或转账流水号</translation>
        </message>
        <message>
            <source>Your till is closed for today.</source>
            <translation>您今天已日结。</translation>
        </message>
        <message>
            <source>Find a customer on the left (Ctrl+F), then press Enter.</source>
            <translation>在左侧查找客户（Ctrl+F），然后按回车。</translation>
        </message>
        <message>
            <source>not enough cash</source>
            <translation>现金不足</translation>
        </message>
        <message>
            <source>Enter the amount as a number like 120.50.</source>
            <translation>请按 120.50 的格式输入金额。</translation>
        </message>
        <message>
            <source>The cash tendered does not cover the amount.</source>
            <translation>实收现金不足缴费金额。</translation>
        </message>
    </context>
    <context>
        <name>CrewsPage</name>
        <message>
            <source>Crew name</source>
            <translation>班组名称</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>班组成员</translation>
        </message>
        <message>
            <source>Area served</source>
            <translation>服务区域</translation>
        </message>
        <message>
            <source>Active (can be dispatched)</source>
            <translation>在岗（可派工）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>New crew</source>
            <translation>新建班组</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>修改 %1</translation>
        </message>
    </context>
    <context>
        <name>CustomerChoiceDialog</name>
        <message>
            <source>Choose the customer</source>
            <translation>选择客户</translation>
        </message>
        <message>
            <source>Several customers match; choose one.</source>
            <translation>有多个客户匹配，请选择一个。</translation>
        </message>
    </context>
    <context>
        <name>CustomerFileView</name>
        <message>
            <source>Identity</source>
            <translation>客户信息</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Customer class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Voltage level</source>
            <translation>电压等级</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>供电单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>立户日期</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Landline</source>
            <translation>固定电话</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>用电地址</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>通信地址</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>&amp;Edit contact…</source>
            <translation>修改联系方式(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Print statement…</source>
            <translation>打印对账单(&amp;P)…</translation>
        </message>
        <message>
            <source>Service points (%1)</source>
            <translation>受电点（%1）</translation>
        </message>
        <message>
            <source>Metering points (%1)</source>
            <translation>计量点（%1）</translation>
        </message>
        <message>
            <source>Meters on site (%1)</source>
            <translation>在装电能表（%1）</translation>
        </message>
        <message>
            <source>Change history (%1)</source>
            <translation>变更记录（%1）</translation>
        </message>
        <message>
            <source>Loading the customer file…</source>
            <translation>正在载入客户档案…</translation>
        </message>
        <message>
            <source>The customer file could not be loaded.</source>
            <translation>无法载入客户档案。</translation>
        </message>
    </context>
    <context>
        <name>CustomerModels</name>
        <message>
            <source>Account no.</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>供电单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>匹配项</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>受电点</translation>
        </message>
        <message>
            <source>Supply voltage</source>
            <translation>供电电压</translation>
        </message>
        <message>
            <source>Capacity (kVA)</source>
            <translation>容量（kVA）</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>台区</translation>
        </message>
        <message>
            <source>Metering point</source>
            <translation>计量点</translation>
        </message>
        <message>
            <source>Metering mode</source>
            <translation>计量方式</translation>
        </message>
        <message>
            <source>CT ratio</source>
            <translation>电流互感器变比</translation>
        </message>
        <message>
            <source>PT ratio</source>
            <translation>电压互感器变比</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>综合倍率</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>表号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>示数类型</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>位数</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>装表日期</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>拆表日期</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>用电地址</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>营业所</translation>
        </message>
        <message>
            <source>Account, name, phone or meter — Enter to find</source>
            <translation>户号、户名、电话或表号 — 回车查找</translation>
        </message>
        <message>
            <source>Find…</source>
            <translation>查找…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>No customer chosen</source>
            <translation>未选择客户</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在查找…</translation>
        </message>
        <message>
            <source>No customer matches “%1”.</source>
            <translation>没有与“%1”匹配的客户。</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Search</source>
            <translation>查询</translation>
        </message>
    </context>
    <context>
        <name>DashboardPresenter</name>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Computing the figures…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>Open work</source>
            <translation>在办工作</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>%1 items saved to %2</source>
            <translation>已将 %1 项保存到 %2</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>%1 %2 cannot be opened here: you have no page for this kind of record.</source>
            <translation>%1 %2 无法在此打开：您没有处理此类记录的页面。</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Open</source>
            <translation>在办</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>临近超时</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>督办</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>预计超时</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>供电所(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>至(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Show (F5)</source>
            <translation>查询(&amp;S)（F5）</translation>
        </message>
        <message>
            <source>Open work now</source>
            <translation>当前在办工作</translation>
        </message>
        <message>
            <source>Pending and overdue by stage</source>
            <translation>各环节在办与超时</translation>
        </message>
        <message>
            <source>SLA achievement per type</source>
            <translation>各类业务按时率</translation>
        </message>
        <message>
            <source>Throughput per person</source>
            <translation>人员办结量</translation>
        </message>
        <message>
            <source>Opened and finished per day</source>
            <translation>每日新增与办结</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>工作清单</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the items listed here as an Excel workbook or a CSV file</source>
            <translation>将此处列出的工作保存为 Excel 工作簿或 CSV 文件</translation>
        </message>
        <message>
            <source>All my offices</source>
            <translation>我的全部供电所</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>截至 %1</translation>
        </message>
        <message>
            <source>%1 — %2 of %3 shown; export for all</source>
            <translation>%1 — 显示 %2 / %3 项，全部请导出</translation>
        </message>
        <message>
            <source>%1 — %2 items</source>
            <translation>%1 — 共 %2 项</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>Lowest on-time rates, per type (%)</source>
            <translation>按时办结率最低的业务类型（%）</translation>
        </message>
        <message>
            <source>Items per day</source>
            <translation>每日工作量</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Open work: %1</source>
            <translation>在办工作：%1</translation>
        </message>
        <message>
            <source>Open work: overdue, the escalated ones in bold</source>
            <translation>在办工作：已超时（督办件以粗体显示）</translation>
        </message>
        <message>
            <source>Open: %1 · %2</source>
            <translation>在办：%1 · %2</translation>
        </message>
        <message>
            <source>Finished: %1</source>
            <translation>已办结：%1</translation>
        </message>
        <message>
            <source>Finished by %1</source>
            <translation>%1 办结的工作</translation>
        </message>
        <message>
            <source>Export the items</source>
            <translation>导出工作清单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>work-items</source>
            <translation>工作清单</translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <source>Calendar day</source>
            <translation>日历设置</translation>
        </message>
        <message>
            <source>&amp;Holiday (no work)</source>
            <translation>节假日（不上班）(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Make-up working day</source>
            <translation>调休上班日(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Normal: a weekend day off</source>
            <translation>正常：周末休息(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Normal: a working weekday</source>
            <translation>正常：工作日(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;ame (e.g. National Day):</source>
            <translation>名称（如：国庆节）(&amp;A)：</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Approve the reading</source>
            <translation>确认示数</translation>
        </message>
        <message>
            <source>Correct the reading</source>
            <translation>更正示数</translation>
        </message>
        <message>
            <source>Estimate from history</source>
            <translation>按历史估算</translation>
        </message>
        <message>
            <source>Send for re-read</source>
            <translation>退回重抄</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>异常原因</translation>
        </message>
        <message>
            <source>Why (kept in the audit trail)</source>
            <translation>处理原因（记入审计日志）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>DetailPresenter</name>
        <message>
            <source>%1 The application has been loaded again: please check it and repeat your action if it is still needed.</source>
            <translation>%1 已重新加载该申请：请核对后，如仍需要再重新操作。</translation>
        </message>
        <message>
            <source>Application changed</source>
            <translation>申请已被修改</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Dispatch a crew</source>
            <translation>抢修派工</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>工单 %1：%2</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>抢修班组</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派工时间</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Period:</source>
            <translation>账期：</translation>
        </message>
        <message>
            <source>Book:</source>
            <translation>抄表本：</translation>
        </message>
        <message>
            <source>Save readings</source>
            <translation>保存示数</translation>
        </message>
        <message>
            <source>Save every typed reading (Ctrl+S); each gets its verdict in the Result column</source>
            <translation>保存已录入的全部示数（Ctrl+S），校验结果显示在“结果”列</translation>
        </message>
        <message>
            <source>Typed: %1</source>
            <translation>已录入：%1 条</translation>
        </message>
        <message>
            <source>outside the expected range: %1</source>
            <translation>超出预计范围：%1 条</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>不是有效数字：%1 条</translation>
        </message>
        <message>
            <source>Saved: %1 valid, %2 flagged for the supervisor, %3 refused</source>
            <translation>已保存：%1 条正常，%2 条转异常待审核，%3 条被拒绝</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No server reachable</source>
            <translation>无法连接服务器</translation>
        </message>
        <message>
            <source>No application server could be reached. Check the network and the server list in the settings, then try again.</source>
            <translation>无法连接任何应用服务器。请检查网络及设置中的服务器列表，然后重试。</translation>
        </message>
        <message>
            <source>Server error</source>
            <translation>服务器错误</translation>
        </message>
        <message>
            <source>The server could not complete the request. Please report reference number %1 to the administrator.</source>
            <translation>服务器未能完成请求。请将参考编号 %1 报告给系统管理员。</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>会话已结束</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>您的会话已结束，请重新登录。</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>无权操作</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>无法执行</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Something went wrong in the client. Please try again.</source>
            <translation>客户端出现问题，请重试。</translation>
        </message>
        <message>
            <source>Log in again</source>
            <translation>重新登录</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <source>Period:</source>
            <translation>账期：</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>确认通过</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <source>Send for re-read</source>
            <translation>退回重抄</translation>
        </message>
        <message>
            <source>Meter change…</source>
            <translation>换表…</translation>
        </message>
        <message>
            <source>Waiting: %1</source>
            <translation>待处理：%1 条</translation>
        </message>
        <message>
            <source>%1 yuan at risk</source>
            <translation>涉及电费 %1 元</translation>
        </message>
    </context>
    <context>
        <name>FaultPages</name>
        <message>
            <source>Fault repair</source>
            <translation>故障报修</translation>
        </message>
        <message>
            <source>Repair crews</source>
            <translation>抢修班组</translation>
        </message>
    </context>
    <context>
        <name>FaultPresenter</name>
        <message>
            <source>Crew arrived</source>
            <translation>到达现场</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>恢复供电</translation>
        </message>
        <message>
            <source>Ticket %1: when did it happen?</source>
            <translation>工单 %1：发生时间？</translation>
        </message>
    </context>
    <context>
        <name>FaultRepairPage</name>
        <message>
            <source>Open tickets</source>
            <translation>未完成工单</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>已恢复供电</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>All tickets</source>
            <translation>全部工单</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <source>Ticket place or transformer area (Ctrl+F)</source>
            <translation>工单地点或台区（Ctrl+F）</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>刷新（F5）</translation>
        </message>
        <message>
            <source>New report (Ctrl+N)</source>
            <translation>新报修（Ctrl+N）</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>%1 %2/%3 min</source>
            <translation>%1 %2/%3 分钟</translation>
        </message>
        <message>
            <source>As of %1 · refreshed every 30 s · arrival/restoration: %2</source>
            <translation>截至 %1 · 每 30 秒刷新 · 到达/恢复时限：%2</translation>
        </message>
    </context>
    <context>
        <name>FaultTerms</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报修数</translation>
        </message>
        <message>
            <source>First report</source>
            <translation>首次报修</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>台区</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Urban</source>
            <translation>城区</translation>
        </message>
        <message>
            <source>Rural</source>
            <translation>农村</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>边远地区</translation>
        </message>
        <message>
            <source>No power</source>
            <translation>无电</translation>
        </message>
        <message>
            <source>Partial power</source>
            <translation>部分无电</translation>
        </message>
        <message>
            <source>Voltage quality</source>
            <translation>电压质量</translation>
        </message>
        <message>
            <source>Dangerous situation</source>
            <translation>危险情况</translation>
        </message>
        <message>
            <source>Meter fault</source>
            <translation>计量装置故障</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>High</source>
            <translation>较急</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>柜台</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Waiting for dispatch</source>
            <translation>待派工</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派工</translation>
        </message>
        <message>
            <source>Crew on site</source>
            <translation>已到达现场</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>已恢复供电</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>到达</translation>
        </message>
        <message>
            <source>Restoration</source>
            <translation>恢复供电</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>即将超时</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>预计超时</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Ticket opened</source>
            <translation>新开工单</translation>
        </message>
        <message>
            <source>Report joined</source>
            <translation>报修并入</translation>
        </message>
        <message>
            <source>Crew dispatched</source>
            <translation>已派工</translation>
        </message>
        <message>
            <source>Crew arrived</source>
            <translation>到达现场</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>恢复供电</translation>
        </message>
        <message>
            <source>Ticket closed</source>
            <translation>工单归档</translation>
        </message>
        <message>
            <source>Report moved in</source>
            <translation>报修转入</translation>
        </message>
        <message>
            <source>Report moved out</source>
            <translation>报修转出</translation>
        </message>
        <message>
            <source>Ticket merged in</source>
            <translation>工单并入</translation>
        </message>
        <message>
            <source>Ticket cancelled</source>
            <translation>工单撤销</translation>
        </message>
        <message>
            <source>Time corrected</source>
            <translation>时间更正</translation>
        </message>
        <message>
            <source>Duplicate report</source>
            <translation>重复报修</translation>
        </message>
        <message>
            <source>False report</source>
            <translation>误报</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>overdue %1</source>
            <translation>超时 %1</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>计时</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报修单</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>报修时间</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Fault type</source>
            <translation>故障类型</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>录入时间</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承诺事项</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>承诺时长</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>Area served</source>
            <translation>服务区域</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在岗</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>FaultTour</name>
        <message>
            <source>The whole building has no power, the stairway lights are out too</source>
            <translation>整栋楼停电，楼道灯也不亮</translation>
        </message>
        <message>
            <source>A wire is down on the pavement, sparks at the pole</source>
            <translation>电线掉落在人行道上，电杆处有火花</translation>
        </message>
    </context>
    <context>
        <name>FilePresenter</name>
        <message>
            <source>Customer statement</source>
            <translation>客户对账单</translation>
        </message>
        <message>
            <source>Customer statement %1 to %2</source>
            <translation>客户对账单 %1 至 %2</translation>
        </message>
        <message>
            <source>Printed and handed over</source>
            <translation>已打印并交客户</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ImageDialog</name>
        <message>
            <source>&amp;Fit to window</source>
            <translation>适应窗口(&amp;F)</translation>
        </message>
        <message>
            <source>This image cannot be shown.</source>
            <translation>无法显示该图片。</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>The file is too large.</source>
            <translation>文件过大。</translation>
        </message>
        <message>
            <source>The file cannot be read as UTF-8 text.</source>
            <translation>该文件不是 UTF-8 文本，无法读取。</translation>
        </message>
    </context>
    <context>
        <name>ImportView</name>
        <message>
            <source>Period:</source>
            <translation>账期：</translation>
        </message>
        <message>
            <source>Choose CSV file…</source>
            <translation>选择 CSV 文件…</translation>
        </message>
        <message>
            <source>One line per meter: meter_serial, read_date, total, peak, flat, valley, critical_peak, deep_valley, reactive, max_demand (UTF-8, header line first, decimal point, empty = not read).</source>
            <translation>每块表一行：表号、抄表日期、总、峰、平、谷、尖峰、深谷、无功、最大需量（UTF-8 编码，首行为表头，小数点分隔，空值表示未抄）。</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Flagged for the supervisor</source>
            <translation>转异常待审核</translation>
        </message>
        <message>
            <source>Rejected lines</source>
            <translation>被拒绝的行</translation>
        </message>
        <message>
            <source>Reading file</source>
            <translation>抄表文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>%1 of %2 lines accepted</source>
            <translation>%2 行中已接收 %1 行</translation>
        </message>
        <message>
            <source>Rejected lines: %1</source>
            <translation>被拒绝：%1 行</translation>
        </message>
        <message>
            <source>the first %1 are listed</source>
            <translation>列出前 %1 行</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>台区</translation>
        </message>
        <message>
            <source>Area class</source>
            <translation>区域类别</translation>
        </message>
        <message>
            <source>Fault type</source>
            <translation>故障类型</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>报修渠道</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>Caller's phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <source>Street and number, when no customer</source>
            <translation>无客户时填写街道门牌</translation>
        </message>
        <message>
            <source>Area code, e.g. TA040012</source>
            <translation>台区编号，如 TA040012</translation>
        </message>
        <message>
            <source>What the caller sees</source>
            <translation>报修人描述的现象</translation>
        </message>
        <message>
            <source>Record report (Ctrl+Enter)</source>
            <translation>登记报修（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Same outage?</source>
            <translation>同一停电？</translation>
        </message>
        <message>
            <source>Active tickets of the same transformer area or address: join one (the commitment runs from its first report) or open a new ticket.</source>
            <translation>同一台区或地址已有未完成的抢修工单：可并入其中一张（承诺时限从其首次报修起算），或新开工单。</translation>
        </message>
        <message>
            <source>Join selected ticket</source>
            <translation>并入所选工单</translation>
        </message>
        <message>
            <source>Open a new ticket</source>
            <translation>新开工单</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Residential</source>
            <translation>居民生活</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>一般工商业</translation>
        </message>
        <message>
            <source>Large industry</source>
            <translation>大工业</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>农业生产</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已销户</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Landline</source>
            <translation>固定电话</translation>
        </message>
        <message>
            <source>Meter serial</source>
            <translation>表号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>Business licence</source>
            <translation>营业执照</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他证件</translation>
        </message>
        <message>
            <source>HV supply, HV metering</source>
            <translation>高供高计</translation>
        </message>
        <message>
            <source>HV supply, LV metering</source>
            <translation>高供低计</translation>
        </message>
        <message>
            <source>LV supply, LV metering</source>
            <translation>低供低计</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>计费</translation>
        </message>
        <message>
            <source>Check metering</source>
            <translation>考核</translation>
        </message>
        <message>
            <source>Sub-metering</source>
            <translation>分表</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>峰</translation>
        </message>
        <message>
            <source>Flat</source>
            <translation>平</translation>
        </message>
        <message>
            <source>Valley</source>
            <translation>谷</translation>
        </message>
        <message>
            <source>Sharp peak</source>
            <translation>尖峰</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>无功</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>需量</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>通信地址</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>主用</translation>
        </message>
        <message>
            <source>standby</source>
            <translation>备用</translation>
        </message>
        <message>
            <source>Contact changed</source>
            <translation>修改联系方式</translation>
        </message>
        <message>
            <source>Machinery manufacturing</source>
            <translation>机械制造</translation>
        </message>
        <message>
            <source>Textiles</source>
            <translation>纺织</translation>
        </message>
        <message>
            <source>Food processing</source>
            <translation>食品加工</translation>
        </message>
        <message>
            <source>Chemicals</source>
            <translation>化工</translation>
        </message>
        <message>
            <source>Building materials</source>
            <translation>建材</translation>
        </message>
        <message>
            <source>Electronics</source>
            <translation>电子</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>商贸</translation>
        </message>
        <message>
            <source>Hotels and catering</source>
            <translation>住宿餐饮</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Pharmaceuticals</source>
            <translation>医药</translation>
        </message>
        <message>
            <source>Single-phase smart meter</source>
            <translation>单相智能电能表</translation>
        </message>
        <message>
            <source>Three-phase smart meter</source>
            <translation>三相智能电能表</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Lock user</source>
            <translation>锁定用户</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Lock the account of {name} ({username})? They can no longer sign in until it is unlocked.</source>
            <translation>确定锁定{name}（{username}）的账号吗？解锁之前该用户无法登录。</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>Enter the reason for locking.</source>
            <translation>请填写锁定原因。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>PMIS – Log in</source>
            <translation>电力营销管理信息系统 – 登录</translation>
        </message>
        <message>
            <source>Power Marketing Management Information System</source>
            <translation>电力营销管理信息系统</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Servers:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>登录(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PMIS – Power Marketing Management Information System</source>
            <translation>电力营销管理信息系统</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>抄表</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>电费核算</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Service hall</source>
            <translation>营业厅服务</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Work platform</source>
            <translation>工作平台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>注销(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge into another ticket</source>
            <translation>并入其他工单</translation>
        </message>
        <message>
            <source>The reports of %1 join the chosen ticket (one outage); %1 is cancelled as merged. The commitment runs from the earlier ticket's first report.</source>
            <translation>%1 的报修记录并入所选工单（同一停电），%1 以“已并入”撤销。承诺时限从较早工单的首次报修起算。</translation>
        </message>
        <message>
            <source>Into ticket</source>
            <translation>并入工单</translation>
        </message>
    </context>
    <context>
        <name>MeterChangeDialog</name>
        <message>
            <source>Meter change</source>
            <translation>换表</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Old meter</source>
            <translation>旧表</translation>
        </message>
        <message>
            <source>Change date</source>
            <translation>换表日期</translation>
        </message>
        <message>
            <source>Old meter final reading</source>
            <translation>旧表止码</translation>
        </message>
        <message>
            <source>New meter serial</source>
            <translation>新表表号</translation>
        </message>
        <message>
            <source>Integer digits</source>
            <translation>整数位数</translation>
        </message>
        <message>
            <source>New meter initial reading</source>
            <translation>新表起码</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>MeteringColumns</name>
        <message>
            <source>Book</source>
            <translation>抄表本</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>营业所</translation>
        </message>
        <message>
            <source>Reading day</source>
            <translation>抄表日</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>抄表员</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>计量点数</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划状态</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>已抄</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>异常</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>估抄</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>抄表路线</translation>
        </message>
        <message>
            <source>Seq.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>表号</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>倍率</translation>
        </message>
        <message>
            <source>Last reading</source>
            <translation>上次示数</translation>
        </message>
        <message>
            <source>Expected range</source>
            <translation>预计范围</translation>
        </message>
        <message>
            <source>This reading</source>
            <translation>本次示数</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Money at risk (yuan)</source>
            <translation>涉及电费（元）</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>异常原因</translation>
        </message>
        <message>
            <source>Last total</source>
            <translation>上次总示数</translation>
        </message>
        <message>
            <source>Read total</source>
            <translation>本次总示数</translation>
        </message>
        <message>
            <source>Consumption (kWh)</source>
            <translation>电量（千瓦时）</translation>
        </message>
        <message>
            <source>Expected (kWh)</source>
            <translation>预计电量（千瓦时）</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>条数</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
    </context>
    <context>
        <name>MeteringEntry</name>
        <message>
            <source>Seq.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>表号</translation>
        </message>
        <message>
            <source>Last total</source>
            <translation>上次示数</translation>
        </message>
        <message>
            <source>Expected range</source>
            <translation>预计范围</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Outside the expected range for this read</source>
            <translation>超出本次预计示数范围</translation>
        </message>
        <message>
            <source>Type a number with at most two decimals</source>
            <translation>请输入最多两位小数的数字</translation>
        </message>
    </context>
    <context>
        <name>MeteringPages</name>
        <message>
            <source>Reading books</source>
            <translation>抄表本</translation>
        </message>
        <message>
            <source>Reading entry</source>
            <translation>示数录入</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>异常处理</translation>
        </message>
    </context>
    <context>
        <name>MeteringTerms</name>
        <message>
            <source>Lower than last reading</source>
            <translation>低于上次示数</translation>
        </message>
        <message>
            <source>Register rolled over</source>
            <translation>示数翻转</translation>
        </message>
        <message>
            <source>No previous reading</source>
            <translation>无上次示数</translation>
        </message>
        <message>
            <source>Zero consumption</source>
            <translation>零电量</translation>
        </message>
        <message>
            <source>Far above history</source>
            <translation>电量远高于历史</translation>
        </message>
        <message>
            <source>Far below history</source>
            <translation>电量远低于历史</translation>
        </message>
        <message>
            <source>TOU registers do not add up</source>
            <translation>分时示数之和与总示数不符</translation>
        </message>
        <message>
            <source>Meter replaced this period</source>
            <translation>本期换表</translation>
        </message>
        <message>
            <source>Missing reading</source>
            <translation>缺抄</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待校验</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>异常</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>估抄</translation>
        </message>
        <message>
            <source>Sent for re-read</source>
            <translation>已退回重抄</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>已被更正</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺抄</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>无计划</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未抄</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>已审核</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>计费中</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>已计费</translation>
        </message>
        <message>
            <source>Header is not the documented one</source>
            <translation>表头与规定格式不符</translation>
        </message>
        <message>
            <source>Wrong number of columns</source>
            <translation>列数不对</translation>
        </message>
        <message>
            <source>Bad meter serial</source>
            <translation>表号格式错误</translation>
        </message>
        <message>
            <source>Bad or out-of-window date</source>
            <translation>日期错误或不在抄表期内</translation>
        </message>
        <message>
            <source>Total is missing</source>
            <translation>缺少总示数</translation>
        </message>
        <message>
            <source>Bad number</source>
            <translation>数字格式错误</translation>
        </message>
        <message>
            <source>Bad format</source>
            <translation>格式错误</translation>
        </message>
        <message>
            <source>Unknown meter</source>
            <translation>无此电能表</translation>
        </message>
        <message>
            <source>Meter twice in the file</source>
            <translation>同一电能表重复出现</translation>
        </message>
        <message>
            <source>No reading plan for the period</source>
            <translation>本期无抄表计划</translation>
        </message>
        <message>
            <source>Plan already billed</source>
            <translation>计划已计费</translation>
        </message>
        <message>
            <source>Meter removed</source>
            <translation>电能表已拆除</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>峰</translation>
        </message>
        <message>
            <source>Flat</source>
            <translation>平</translation>
        </message>
        <message>
            <source>Valley</source>
            <translation>谷</translation>
        </message>
        <message>
            <source>Critical peak</source>
            <translation>尖峰</translation>
        </message>
        <message>
            <source>Deep valley</source>
            <translation>深谷</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>无功</translation>
        </message>
        <message>
            <source>Max demand</source>
            <translation>最大需量</translation>
        </message>
        <message>
            <source>(estimated)</source>
            <translation>（估）</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReportPresenter</name>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Computing the figures…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>Printing the report…</source>
            <translation>正在生成报表…</translation>
        </message>
        <message>
            <source>Monthly revenue and collection report</source>
            <translation>电费收入与回收月报</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReportView</name>
        <message>
            <source>&amp;Period:</source>
            <translation>账期(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>P&amp;rint PDF…</source>
            <translation>打印 PDF(&amp;R)…</translation>
        </message>
        <message>
            <source>The printed monthly report (Ctrl+P)</source>
            <translation>打印月度报表（Ctrl+P）</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>主要指标</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>售电与应收</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>收费与回收率</translation>
        </message>
        <message>
            <source>Arrears ageing</source>
            <translation>欠费账龄</translation>
        </message>
        <message>
            <source>Top arrears</source>
            <translation>欠费大户</translation>
        </message>
        <message>
            <source>{unit} · period {period}</source>
            <translation>{unit} · 账期 {period}</translation>
        </message>
        <message>
            <source>Overdue arrears by age (yuan)</source>
            <translation>逾期欠费账龄分布（元）</translation>
        </message>
    </context>
    <context>
        <name>MoveReportDialog</name>
        <message>
            <source>Move a report</source>
            <translation>转移报修记录</translation>
        </message>
        <message>
            <source>Report %1 moves to the chosen ticket; a ticket left without reports is cancelled as merged.</source>
            <translation>报修记录 %1 转入所选工单；没有报修记录的工单以“已并入”撤销。</translation>
        </message>
        <message>
            <source>To ticket</source>
            <translation>转入工单</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <source>New {kind}</source>
            <translation>新建{kind}</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Under:</source>
            <translation>上级单位：</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name}（{kind}）</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>编码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Code: 2 to 16 capital letters or digits.</source>
            <translation>编码：2 至 16 位大写字母或数字。</translation>
        </message>
        <message>
            <source>Enter the name.</source>
            <translation>请填写名称。</translation>
        </message>
    </context>
    <context>
        <name>OfficeTreeModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
    </context>
    <context>
        <name>OfficesPresenter</name>
        <message>
            <source>{name} ({code}) created.</source>
            <translation>已新建{name}（{code}）。</translation>
        </message>
    </context>
    <context>
        <name>OfficesView</name>
        <message>
            <source>&amp;Add unit under selected…</source>
            <translation>在所选单位下新建(&amp;A)…</translation>
        </message>
        <message>
            <source>Select the unit to add to.</source>
            <translation>请选择上级单位。</translation>
        </message>
        <message>
            <source>Nothing can be added under a service hall.</source>
            <translation>营业厅下不能再设下级单位。</translation>
        </message>
        <message>
            <source>Adds a {kind} under {name}.</source>
            <translation>将在{name}下新建{kind}。</translation>
        </message>
    </context>
    <context>
        <name>PagerBar</name>
        <message>
            <source>&lt; Pre&amp;vious</source>
            <translation>&lt; 上一页(&amp;V)</translation>
        </message>
        <message>
            <source>Ne&amp;xt &gt;</source>
            <translation>下一页(&amp;X) &gt;</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>New password for {name} ({username}). They must change it at the next sign-in.</source>
            <translation>为{name}（{username}）设置新密码。该用户下次登录时必须修改密码。</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>新密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters with letters and digits.</source>
            <translation>密码至少 8 位，且须同时包含字母和数字。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>PaymentsPages</name>
        <message>
            <source>Arrears</source>
            <translation>欠费管理</translation>
        </message>
        <message>
            <source>Bank files</source>
            <translation>银行代扣</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>柜台收费</translation>
        </message>
        <message>
            <source>Reversal approvals</source>
            <translation>冲正审批</translation>
        </message>
        <message>
            <source>Cash close</source>
            <translation>收费日结</translation>
        </message>
    </context>
    <context>
        <name>PdfDialog</name>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>另存为(&amp;S)…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PenaltyDialog</name>
        <message>
            <source>Penalty of {account}</source>
            <translation>违约金明细 {account}</translation>
        </message>
        <message>
            <source>Penalty due up to {day} for each overdue bill:</source>
            <translation>截至 {day} 各笔逾期电费应计违约金：</translation>
        </message>
    </context>
    <context>
        <name>PermissionTableModel</name>
        <message>
            <source>Permission</source>
            <translation>权限</translation>
        </message>
        <message>
            <source>Allows</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Request reversal</source>
            <translation>申请冲正</translation>
        </message>
        <message>
            <source>Reverse the payment with receipt %1? A second person must approve it.</source>
            <translation>申请冲正收据 %1 的缴费？须由第二人审批。</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>Suspend application</source>
            <translation>中止办理</translation>
        </message>
        <message>
            <source>The clock of %1 stops while the customer is awaited.</source>
            <translation>等待客户期间，%1暂停计时。</translation>
        </message>
        <message>
            <source>&amp;Suspend</source>
            <translation>中止(&amp;S)</translation>
        </message>
        <message>
            <source>Resume application</source>
            <translation>恢复办理</translation>
        </message>
        <message>
            <source>The clock of %1 runs again from where it stopped.</source>
            <translation>%1的时限从中止处继续计时。</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Terminate application</source>
            <translation>终止申请</translation>
        </message>
        <message>
            <source>%1 ends for good: its open work is cancelled and it cannot be resumed.</source>
            <translation>%1将被终止：未完成的工作全部取消，且不能恢复。</translation>
        </message>
        <message>
            <source>&amp;Terminate</source>
            <translation>终止(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Yes, terminate this application</source>
            <translation>确认终止该申请(&amp;Y)</translation>
        </message>
        <message>
            <source>Please give the reason.</source>
            <translation>请填写原因。</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>New application</source>
            <translation>新建申请</translation>
        </message>
        <message>
            <source>Business &amp;type:</source>
            <translation>业务类型(&amp;T)：</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;U)：</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>受理登记(&amp;R)</translation>
        </message>
        <message>
            <source>No business type is available.</source>
            <translation>没有可办理的业务类型。</translation>
        </message>
        <message>
            <source>Whole process within %1 working days, %2 stages.</source>
            <translation>全流程%1个工作日内办结，共%2个环节。</translation>
        </message>
        <message>
            <source>Documents: %1.</source>
            <translation>所需资料：%1。</translation>
        </message>
        <message>
            <source>Acts on an existing customer: find the customer first.</source>
            <translation>针对已有客户办理：请先查找客户。</translation>
        </message>
        <message>
            <source>Find and pick the customer first.</source>
            <translation>请先查找并选择客户。</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>请填写：%1</translation>
        </message>
    </context>
    <context>
        <name>Registers</name>
        <message>
            <source>total</source>
            <translation>总</translation>
        </message>
        <message>
            <source>critical peak</source>
            <translation>尖峰</translation>
        </message>
        <message>
            <source>peak</source>
            <translation>峰</translation>
        </message>
        <message>
            <source>flat</source>
            <translation>平</translation>
        </message>
        <message>
            <source>valley</source>
            <translation>谷</translation>
        </message>
        <message>
            <source>deep valley</source>
            <translation>深谷</translation>
        </message>
        <message>
            <source>reactive (kvarh)</source>
            <translation>无功（千乏时）</translation>
        </message>
    </context>
    <context>
        <name>ReportColumns</name>
        <message>
            <source>1–30 days</source>
            <translation>1–30 天</translation>
        </message>
        <message>
            <source>31–60 days</source>
            <translation>31–60 天</translation>
        </message>
        <message>
            <source>61–90 days</source>
            <translation>61–90 天</translation>
        </message>
        <message>
            <source>91–180 days</source>
            <translation>91–180 天</translation>
        </message>
        <message>
            <source>over 180 days</source>
            <translation>180 天以上</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>坐收</translation>
        </message>
        <message>
            <source>Collection visit</source>
            <translation>走收</translation>
        </message>
        <message>
            <source>Bank withholding</source>
            <translation>银行代扣</translation>
        </message>
        <message>
            <source>Bank / agent</source>
            <translation>银行代收</translation>
        </message>
        <message>
            <source>Prepayment</source>
            <translation>预付费</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <source>Withholding</source>
            <translation>代扣</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>Class / office</source>
            <translation>类别 / 营业所</translation>
        </message>
        <message>
            <source>Bills</source>
            <translation>账单数</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>电量（千瓦时）</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>This month (yuan)</source>
            <translation>本月（元）</translation>
        </message>
        <message>
            <source>Previous month (yuan)</source>
            <translation>上月（元）</translation>
        </message>
        <message>
            <source>Same month last year (yuan)</source>
            <translation>去年同期（元）</translation>
        </message>
        <message>
            <source>vs. previous</source>
            <translation>环比</translation>
        </message>
        <message>
            <source>vs. last year</source>
            <translation>同比</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>收费渠道</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Tender</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>笔数</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>本期应收</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>已结清</translation>
        </message>
        <message>
            <source>Settlement rate</source>
            <translation>本期电费回收率</translation>
        </message>
        <message>
            <source>Receivables due</source>
            <translation>应收合计</translation>
        </message>
        <message>
            <source>Cash collected</source>
            <translation>实收电费</translation>
        </message>
        <message>
            <source>Cash collection rate</source>
            <translation>资金回收率</translation>
        </message>
        <message>
            <source>Overdue total</source>
            <translation>逾期合计</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用户类别</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>营业所</translation>
        </message>
        <message>
            <source>Overdue (yuan)</source>
            <translation>逾期欠费（元）</translation>
        </message>
        <message>
            <source>Oldest due date</source>
            <translation>最早到期日</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Bills released</source>
            <translation>发行账单数</translation>
        </message>
        <message>
            <source>Billed energy (kWh)</source>
            <translation>售电量（千瓦时）</translation>
        </message>
        <message>
            <source>Billed amount (yuan)</source>
            <translation>应收电费（元）</translation>
        </message>
        <message>
            <source>Cash collected (yuan)</source>
            <translation>实收电费（元）</translation>
        </message>
        <message>
            <source>Customers in arrears</source>
            <translation>欠费户数</translation>
        </message>
        <message>
            <source>Overdue arrears (yuan)</source>
            <translation>逾期欠费（元）</translation>
        </message>
        <message>
            <source>Penalties, net (yuan)</source>
            <translation>违约金净额（元）</translation>
        </message>
        <message>
            <source>Corrections, net (yuan)</source>
            <translation>更正净额（元）</translation>
        </message>
        <message>
            <source>Bills held in review</source>
            <translation>挂起待审账单</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>统计日</translation>
        </message>
    </context>
    <context>
        <name>ReportsPages</name>
        <message>
            <source>Monthly report</source>
            <translation>月度报表</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return to an earlier stage</source>
            <translation>回退到前面的环节</translation>
        </message>
        <message>
            <source>&amp;Back to:</source>
            <translation>回退到(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Return</source>
            <translation>回退(&amp;R)</translation>
        </message>
        <message>
            <source>Please give the reason.</source>
            <translation>请填写原因。</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;lease selected</source>
            <translation>发行所选账单(&amp;L)</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>作废(&amp;J)…</translation>
        </message>
        <message>
            <source>&amp;Open bill</source>
            <translation>打开账单(&amp;O)</translation>
        </message>
        <message>
            <source>%1 bills wait for review (largest amount at risk first)</source>
            <translation>%1 张账单待审核（按风险金额从大到小）</translation>
        </message>
        <message>
            <source>Reject bill</source>
            <translation>作废账单</translation>
        </message>
        <message>
            <source>Why is bill %1 void? (the point is billed again by the next run)</source>
            <translation>账单 %1 作废的原因？（下一次核算将重新出账）</translation>
        </message>
    </context>
    <context>
        <name>RoleTableModel</name>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>权限数</translation>
        </message>
    </context>
    <context>
        <name>RolesView</name>
        <message>
            <source>Roles and their permissions are defined on the server; this list is read-only.</source>
            <translation>角色及其权限由服务器定义，此处仅供查看。</translation>
        </message>
        <message>
            <source>Permissions of the role {role}:</source>
            <translation>角色“{role}”的权限：</translation>
        </message>
    </context>
    <context>
        <name>RunsView</name>
        <message>
            <source>&amp;Period:</source>
            <translation>账期(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Start run…</source>
            <translation>开始发行(&amp;S)…</translation>
        </message>
        <message>
            <source>Re&amp;start failed run</source>
            <translation>重新启动失败的发行(&amp;T)</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>发行</translation>
        </message>
        <message>
            <source>Points not billed:</source>
            <translation>未出账的计量点：</translation>
        </message>
        <message>
            <source>Choose a reading book.</source>
            <translation>请选择抄表本。</translation>
        </message>
        <message>
            <source>{code} {name}: readings {plan}; not billed yet.</source>
            <translation>{code} {name}：抄表{plan}，尚未发行。</translation>
        </message>
        <message>
            <source>Run {status}: {done} of {total} points</source>
            <translation>发行{status}：已处理 {done} / {total} 个计量点</translation>
        </message>
        <message>
            <source>Run done for {period}.</source>
            <translation>{period} 电费发行已完成。</translation>
        </message>
        <message>
            <source>Run failed: {message}</source>
            <translation>发行失败：{message}</translation>
        </message>
        <message>
            <source>Bills: {bills}   released: {released}   held for review: {review}   total: {total} yuan   points not billed: {errors}</source>
            <translation>账单：{bills}   已发行：{released}   待审核：{review}   金额合计：{total} 元   未出账计量点：{errors}</translation>
        </message>
        <message>
            <source>Start billing run</source>
            <translation>开始电费发行</translation>
        </message>
        <message>
            <source>Bill reading book {code} ({points} points) for {period}?
Normal bills are released to the ledger at once; abnormal ones wait for review.</source>
            <translation>对抄表本 {code}（{points} 个计量点）进行 {period} 电费发行？
正常账单立即发行入账；异常账单进入审核队列。</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>&amp;Search:</source>
            <translation>查询(&amp;S)：</translation>
        </message>
        <message>
            <source>Name, account no., phone, address or meter serial</source>
            <translation>户名、户号、电话、地址或表号</translation>
        </message>
        <message>
            <source>&amp;More results</source>
            <translation>更多结果(&amp;M)</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <source>No customer found.</source>
            <translation>未找到客户。</translation>
        </message>
        <message>
            <source>%1 customers shown, more available.</source>
            <translation>已显示 %1 户，还有更多。</translation>
        </message>
        <message>
            <source>%1 customers found.</source>
            <translation>找到 %1 户。</translation>
        </message>
        <message>
            <source>Type at least one character to search.</source>
            <translation>请输入至少一个字符进行查询。</translation>
        </message>
    </context>
    <context>
        <name>ServerListEditor</name>
        <message>
            <source>Application servers (tried in this order)</source>
            <translation>应用服务器（按此顺序尝试）</translation>
        </message>
        <message>
            <source>host:port</source>
            <translation>主机:端口</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>删除(&amp;M)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>Enter a server as host:port, e.g. 10.0.0.5:7610.</source>
            <translation>请按“主机:端口”格式输入服务器，例如 10.0.0.5:7610。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>A new server list is used at the next login.</source>
            <translation>新的服务器列表将在下次登录时生效。</translation>
        </message>
        <message>
            <source>At least one server is needed.</source>
            <translation>至少需要一台服务器。</translation>
        </message>
    </context>
    <context>
        <name>StagePath</name>
        <message>
            <source>%1 · %2 d</source>
            <translation>%1 · %2天</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>当前环节</translation>
        </message>
        <message>
            <source>Current stage, suspended</source>
            <translation>当前环节，已中止</translation>
        </message>
        <message>
            <source>Terminated at this stage</source>
            <translation>在此环节终止</translation>
        </message>
        <message>
            <source>Ahead</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Not needed for this application</source>
            <translation>本申请无需此环节</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <source>%1 (%2) · %3</source>
            <translation>%1（%2）· %3</translation>
        </message>
        <message>
            <source>unknown role</source>
            <translation>角色未知</translation>
        </message>
        <message>
            <source>Server %1 (%2)</source>
            <translation>服务器 %1（%2）</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>RTT %1 ms</source>
            <translation>往返 %1 毫秒</translation>
        </message>
        <message>
            <source>RTT –</source>
            <translation>往返 –</translation>
        </message>
        <message>
            <source>Failover at %1: now served by %2</source>
            <translation>%1 已切换服务器：现由 %2 提供服务</translation>
        </message>
        <message>
            <source>No server reachable</source>
            <translation>无法连接服务器</translation>
        </message>
    </context>
    <context>
        <name>TariffLabels</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Residential</source>
            <translation>居民生活</translation>
        </message>
        <message>
            <source>General commercial &amp; industrial</source>
            <translation>一般工商业</translation>
        </message>
        <message>
            <source>Large industry</source>
            <translation>大工业</translation>
        </message>
        <message>
            <source>Agricultural production</source>
            <translation>农业生产</translation>
        </message>
        <message>
            <source>Critical peak</source>
            <translation>尖峰</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>高峰</translation>
        </message>
        <message>
            <source>Flat</source>
            <translation>平段</translation>
        </message>
        <message>
            <source>Valley</source>
            <translation>低谷</translation>
        </message>
        <message>
            <source>Deep valley</source>
            <translation>深谷</translation>
        </message>
        <message>
            <source>monthly blocks</source>
            <translation>月阶梯</translation>
        </message>
        <message>
            <source>annual blocks (cumulative over the tier year)</source>
            <translation>年阶梯（按阶梯年度累计）</translation>
        </message>
        <message>
            <source>by capacity (kVA)</source>
            <translation>按容量（kVA）</translation>
        </message>
        <message>
            <source>by maximum demand (kW)</source>
            <translation>按最大需量（kW）</translation>
        </message>
        <message>
            <source>calendar days of the month</source>
            <translation>按当月日历天数</translation>
        </message>
        <message>
            <source>30 days a month</source>
            <translation>每月按 30 天</translation>
        </message>
        <message>
            <source>each line rounded half-up to 0.01 yuan</source>
            <translation>每行四舍五入到 0.01 元</translation>
        </message>
        <message>
            <source>each line rounded half-even to 0.01 yuan</source>
            <translation>每行按银行家舍入到 0.01 元</translation>
        </message>
        <message>
            <source>basic + energy charges</source>
            <translation>基本电费 + 电度电费</translation>
        </message>
        <message>
            <source>basic + energy charges + surcharges</source>
            <translation>基本电费 + 电度电费 + 代征基金及附加</translation>
        </message>
        <message>
            <source>added to the flat period</source>
            <translation>计入平段</translation>
        </message>
        <message>
            <source>shared over the TOU periods</source>
            <translation>按各时段电量分摊</translation>
        </message>
        <message>
            <source>surcharge</source>
            <translation>代征基金及附加</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>电度电费</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>kVA·month</source>
            <translation>kVA·月</translation>
        </message>
        <message>
            <source>kW·month</source>
            <translation>kW·月</translation>
        </message>
        <message>
            <source>yuan/kVA·month</source>
            <translation>元/kVA·月</translation>
        </message>
        <message>
            <source>yuan/kW·month</source>
            <translation>元/kW·月</translation>
        </message>
    </context>
    <context>
        <name>TariffModels</name>
        <message>
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>生效期</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>起草人</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Seg.</source>
            <translation>段</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>TariffPages</name>
        <message>
            <source>Tariffs</source>
            <translation>电价</translation>
        </message>
        <message>
            <source>Tariff calculator</source>
            <translation>电费试算</translation>
        </message>
    </context>
    <context>
        <name>TariffSummary</name>
        <message>
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>Class: %1 · effective %2 to %3 · %4</source>
            <translation>用电类别：%1 · 生效期 %2 至 %3 · %4</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Drafted by %1</source>
            <translation>起草人：%1</translation>
        </message>
        <message>
            <source>Installed from the shipped tariff files</source>
            <translation>随系统安装的电价文件</translation>
        </message>
        <message>
            <source>approved by %1</source>
            <translation>批准人：%1</translation>
        </message>
        <message>
            <source>returned: %1</source>
            <translation>退回原因：%1</translation>
        </message>
        <message>
            <source>Single price: %1 yuan/kWh</source>
            <translation>单一电价：%1 元/kWh</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>档</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>Price (yuan/kWh)</source>
            <translation>电价（元/kWh）</translation>
        </message>
        <message>
            <source>TOU adder</source>
            <translation>分时加价</translation>
        </message>
        <message>
            <source>%1 × flat</source>
            <translation>平段 × %1</translation>
        </message>
        <message>
            <source>TOU registers required</source>
            <translation>须按峰谷分时计量</translation>
        </message>
        <message>
            <source>TOU optional: total-only usage is billed at the price or tiers above</source>
            <translation>分时可选：只有总电量时按上述电价或阶梯计费</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>Energy charge</source>
            <translation>电度电费</translation>
        </message>
        <message>
            <source>rule %1: at least %2 × contracted demand</source>
            <translation>规则 %1：至少按合同需量的 %2 倍</translation>
        </message>
        <message>
            <source>above %1 × contracted at %2 × price</source>
            <translation>超过合同需量 %1 倍的部分按 %2 倍电价</translation>
        </message>
        <message>
            <source>Basic charge</source>
            <translation>基本电费</translation>
        </message>
        <message>
            <source>Standard %1, applied to %2</source>
            <translation>考核标准 %1，调整基数为%2</translation>
        </message>
        <message>
            <source>Power factor adjustment</source>
            <translation>功率因数调整电费</translation>
        </message>
        <message>
            <source>Per-kWh charges and surcharges</source>
            <translation>按电量收取的费用及代征基金</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Rate (yuan/kWh)</source>
            <translation>费率（元/kWh）</translation>
        </message>
        <message>
            <source>Exempt classes</source>
            <translation>免征类别</translation>
        </message>
        <message>
            <source>%1 yuan a month</source>
            <translation>每月 %1 元</translation>
        </message>
        <message>
            <source>Minimum charge</source>
            <translation>最低电费</translation>
        </message>
        <message>
            <source>%1 of every line before it</source>
            <translation>前面各项合计的 %1</translation>
        </message>
        <message>
            <source>Fixed, minimum and percentage charges</source>
            <translation>固定费用、最低电费与比例费用</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Transformer loss table</source>
            <translation>变损表</translation>
        </message>
        <message>
            <source>Transformer (kVA)</source>
            <translation>变压器容量（kVA）</translation>
        </message>
        <message>
            <source>Loss (kWh a month)</source>
            <translation>损耗（kWh/月）</translation>
        </message>
        <message>
            <source>days: %1</source>
            <translation>天数：%1</translation>
        </message>
        <message>
            <source>rounding: %1</source>
            <translation>舍入：%1</translation>
        </message>
        <message>
            <source>derived kWh to %1 places</source>
            <translation>推算电量保留 %1 位小数</translation>
        </message>
        <message>
            <source>derived prices to %1 places</source>
            <translation>推算电价保留 %1 位小数</translation>
        </message>
        <message>
            <source>Conventions</source>
            <translation>计费约定</translation>
        </message>
    </context>
    <context>
        <name>TariffsView</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;New draft…</source>
            <translation>新建草稿(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit draft…</source>
            <translation>修改草稿(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Submit for approval</source>
            <translation>提交审批(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>撤回(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>驳回(&amp;J)…</translation>
        </message>
        <message>
            <source>&amp;Import file…</source>
            <translation>导入文件(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport file…</source>
            <translation>导出文件(&amp;X)…</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>TOML</source>
            <translation>TOML 文本</translation>
        </message>
        <message>
            <source>You drafted this version: a second person approves it.</source>
            <translation>此版本由您起草，须由另一人批准。</translation>
        </message>
        <message>
            <source>Versions: %1</source>
            <translation>版本数：%1</translation>
        </message>
        <message>
            <source>Edit draft %1</source>
            <translation>修改草稿 %1</translation>
        </message>
        <message>
            <source>New tariff draft</source>
            <translation>新建电价草稿</translation>
        </message>
        <message>
            <source>New draft: %1 version %2</source>
            <translation>新建草稿：%1 第 %2 版</translation>
        </message>
        <message>
            <source>Reject tariff version</source>
            <translation>驳回电价版本</translation>
        </message>
        <message>
            <source>Reason (the drafter sees it):</source>
            <translation>驳回原因（起草人可见）：</translation>
        </message>
        <message>
            <source>Import tariff file</source>
            <translation>导入电价文件</translation>
        </message>
        <message>
            <source>Tariff files (*.toml)</source>
            <translation>电价文件 (*.toml)</translation>
        </message>
        <message>
            <source>Export tariff file</source>
            <translation>导出电价文件</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
    </context>
    <context>
        <name>TicketDetail</name>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Area class</source>
            <translation>区域类别</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>台区</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>抢修班组</translation>
        </message>
        <message>
            <source>First report</source>
            <translation>首次报修</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派工</translation>
        </message>
        <message>
            <source>Crew arrived</source>
            <translation>到达现场</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>恢复供电</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Dispatch…</source>
            <translation>派工…</translation>
        </message>
        <message>
            <source>Arrived…</source>
            <translation>到达现场…</translation>
        </message>
        <message>
            <source>Restored…</source>
            <translation>恢复供电…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>归档…</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <source>Cancel ticket…</source>
            <translation>撤销工单…</translation>
        </message>
        <message>
            <source>Correct a time…</source>
            <translation>更正时间…</translation>
        </message>
        <message>
            <source>Move report…</source>
            <translation>转移报修…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报修记录</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>承诺时限</translation>
        </message>
        <message>
            <source>Choose a ticket on the board</source>
            <translation>请在左侧看板选择工单</translation>
        </message>
        <message>
            <source>%1: %2 (due %3)</source>
            <translation>%1：%2（时限 %3）</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>At</source>
            <translation>指定时间</translation>
        </message>
    </context>
    <context>
        <name>TimeNoteDialog</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
    </context>
    <context>
        <name>TodoPresenter</name>
        <message>
            <source>Cannot open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>%1 %2 cannot be opened here: you have no page for this kind of record. Ask your office head to give it to someone who has.</source>
            <translation>%1 %2 无法在此打开：您没有处理此类记录的页面。请所长将其指派给有权限的人员。</translation>
        </message>
    </context>
    <context>
        <name>TodoView</name>
        <message>
            <source>All my work</source>
            <translation>全部待办</translation>
        </message>
        <message>
            <source>Assigned to me</source>
            <translation>派给我的</translation>
        </message>
        <message>
            <source>My role's queue</source>
            <translation>岗位待领</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>督办</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>临近超时</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>My work</source>
            <translation>我的待办</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>业务类别(&amp;K)：</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>&amp;Open (Enter)</source>
            <translation>打开(&amp;O)（回车）</translation>
        </message>
        <message>
            <source>&amp;Take</source>
            <translation>领取(&amp;T)</translation>
        </message>
        <message>
            <source>Take this item of your role's queue: it becomes yours</source>
            <translation>领取本岗位队列中的这项工作，由您办理</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>指派(&amp;A)…</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>刷新（F5）</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>更多(&amp;M)</translation>
        </message>
        <message>
            <source>Nothing to do here. Updated at %1.</source>
            <translation>这里没有待办。更新于 %1。</translation>
        </message>
        <message>
            <source>%1 of %2 items · updated at %3</source>
            <translation>显示 %1 / %2 项 · 更新于 %3</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
    </context>
    <context>
        <name>TomlEditorDialog</name>
        <message>
            <source>&amp;Save draft (Ctrl+S)</source>
            <translation>保存草稿（Ctrl+S）(&amp;S)</translation>
        </message>
        <message>
            <source>One tariff version in the format of resources/tariffs (docs/rating.md). Set effective_from to the day this version starts: on approval the version before it ends the day before. The server checks the text when you save.</source>
            <translation>一个电价版本，格式同 resources/tariffs（见 docs/rating.md）。请将 effective_from 设为本版本的生效日期：批准后，上一版本于前一天终止。保存时由服务器检查文本。</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <source>Edit user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>所属单位(&amp;O)：</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Initial &amp;password:</source>
            <translation>初始密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <source>At least 8 characters with letters and digits. The user must change it at the first sign-in.</source>
            <translation>至少 8 位，须同时包含字母和数字。用户首次登录时必须修改密码。</translation>
        </message>
        <message>
            <source>Username: 3 to 40 lower-case letters, digits, '.' or '_', starting with a letter.</source>
            <translation>用户名：3 至 40 位小写字母、数字、“.”或“_”，须以字母开头。</translation>
        </message>
        <message>
            <source>Enter the full name.</source>
            <translation>请填写姓名。</translation>
        </message>
        <message>
            <source>Choose an office.</source>
            <translation>请选择所属单位。</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>请至少选择一个角色。</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters with letters and digits.</source>
            <translation>密码至少 8 位，且须同时包含字母和数字。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>所属单位</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Lock reason</source>
            <translation>锁定原因</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
    </context>
    <context>
        <name>UsersPresenter</name>
        <message>
            <source>User {username} created.</source>
            <translation>已新建用户 {username}。</translation>
        </message>
        <message>
            <source>User {username} saved.</source>
            <translation>已保存用户 {username}。</translation>
        </message>
        <message>
            <source>User {username} locked.</source>
            <translation>已锁定用户 {username}。</translation>
        </message>
        <message>
            <source>User {username} unlocked.</source>
            <translation>已解锁用户 {username}。</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>已为 {username} 设置新密码。</translation>
        </message>
    </context>
    <context>
        <name>UsersView</name>
        <message>
            <source>Username or name</source>
            <translation>用户名或姓名</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>Include &amp;locked</source>
            <translation>包括已锁定(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;New user…</source>
            <translation>新建用户(&amp;N)…</translation>
        </message>
        <message>
            <source>Offi&amp;ce:</source>
            <translation>单位(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>Loc&amp;k…</source>
            <translation>锁定(&amp;K)…</translation>
        </message>
        <message>
            <source>Reset pass&amp;word…</source>
            <translation>重置密码(&amp;W)…</translation>
        </message>
        <message>
            <source>Users {first}-{last} of {total}</source>
            <translation>第 {first}-{last} 个用户，共 {total} 个</translation>
        </message>
        <message>
            <source>No users match.</source>
            <translation>没有符合条件的用户。</translation>
        </message>
        <message>
            <source>Someone else changed this user while you were editing. Your changes were not saved.</source>
            <translation>在您编辑期间，其他人修改了该用户。您的修改未保存。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>The user now reads:
Full name: {name}
Office: {office}
Roles: {roles}</source>
            <translation>该用户当前信息：
姓名：{name}
所属单位：{office}
角色：{roles}</translation>
        </message>
        <message>
            <source>Open the user again to make your change on the current data.</source>
            <translation>请重新打开该用户，在最新数据上再次修改。</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>没有任何修改。</translation>
        </message>
        <message>
            <source>Unlock the account of {name} ({username})? They can sign in again.</source>
            <translation>确定解锁{name}（{username}）的账号吗？解锁后该用户可以再次登录。</translation>
        </message>
        <message>
            <source>Unlock user</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
    <context>
        <name>WaiverDialog</name>
        <message>
            <source>Waive penalty</source>
            <translation>减免违约金</translation>
        </message>
        <message>
            <source>{account} {name}: open penalty {penalty}</source>
            <translation>{account} {name}：未结违约金 {penalty}</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>减免金额(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>减免原因(&amp;R)：</translation>
        </message>
        <message>
            <source>Waive</source>
            <translation>减免</translation>
        </message>
    </context>
    <context>
        <name>WorkColumns</name>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>在办</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>临近超时</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>督办</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>预计超时</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按时办结</translation>
        </message>
        <message>
            <source>Achievement</source>
            <translation>按时率</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Average hours per item</source>
            <translation>平均用时（小时/件）</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>(no person)</source>
            <translation>（无人员）</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Customer / subject</source>
            <translation>客户 / 事由</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Type · step</source>
            <translation>类型 · 环节</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>{risk} · escalated</source>
            <translation>{risk} · 已督办</translation>
        </message>
    </context>
    <context>
        <name>WorkPages</name>
        <message>
            <source>My work</source>
            <translation>我的待办</translation>
        </message>
        <message>
            <source>Office dashboard</source>
            <translation>供电所看板</translation>
        </message>
        <message>
            <source>Working-day calendar</source>
            <translation>工作日历</translation>
        </message>
    </context>
    <context>
        <name>WorkTerms</name>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>临近超时</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>预计超时</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>业扩报装</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Fault repair</source>
            <translation>故障报修</translation>
        </message>
        <message>
            <source>Counter clerks</source>
            <translation>营业员</translation>
        </message>
        <message>
            <source>Office head</source>
            <translation>所长</translation>
        </message>
        <message>
            <source>Service engineers</source>
            <translation>业扩工程师</translation>
        </message>
        <message>
            <source>Metering technicians</source>
            <translation>计量装接员</translation>
        </message>
        <message>
            <source>Reading supervisors</source>
            <translation>抄表班长</translation>
        </message>
        <message>
            <source>Managers</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Administrators</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日计时</translation>
        </message>
        <message>
            <source>Around the clock</source>
            <translation>连续计时</translation>
        </message>
        <message>
            <source>{days} d {hh:02d}:{mm:02d}</source>
            <translation>{days} 天 {hh:02d}:{mm:02d}</translation>
        </message>
        <message>
            <source>-{time} overdue</source>
            <translation>超时 {time}</translation>
        </message>
    </context>
    <context>
        <name>WorkflowPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import draft…</source>
            <translation>导入草稿(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Approve the selected draft (not your own): new applications of the type then use it</source>
            <translation>批准所选草稿（不能批准自己编制的）：此后该类新申请使用此版本</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Definition (TOML)</source>
            <translation>定义文本（TOML）</translation>
        </message>
        <message>
            <source>Select a version to see its stages and text.</source>
            <translation>请选择一个版本查看其环节和定义文本。</translation>
        </message>
        <message>
            <source>%1, version %2: %3 stages</source>
            <translation>%1，第%2版：共%3个环节</translation>
        </message>
        <message>
            <source>Import a workflow draft</source>
            <translation>导入流程草稿</translation>
        </message>
        <message>
            <source>Workflow definitions (*.toml)</source>
            <translation>流程定义 (*.toml)</translation>
        </message>
        <message>
            <source>The file %1 cannot be read as UTF-8 text.</source>
            <translation>文件%1不是可读的UTF-8文本。</translation>
        </message>
        <message>
            <source>Select the business type the draft is for, or name it in the file (code = "…").</source>
            <translation>请先选择草稿所属的业务类型，或在文件中写明（code = "…"）。</translation>
        </message>
        <message>
            <source>Export the definition</source>
            <translation>导出流程定义</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>无法导入</translation>
        </message>
    </context>
</TS>
